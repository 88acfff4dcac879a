export { GET, POST } from "@/modules/boxes-api";
