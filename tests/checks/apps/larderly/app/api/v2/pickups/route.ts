export { GET, POST } from "@/modules/pickups-api";
