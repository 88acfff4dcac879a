export { GET, POST } from "@/modules/partner/orders-handler";
