export { GET, POST } from "@/modules/shipments/handlers";
