export { GET, POST } from "@/modules/partner-orders/handlers";
