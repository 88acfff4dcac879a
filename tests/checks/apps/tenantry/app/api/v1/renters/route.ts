export { GET, POST } from "@/modules/api/renters";
