export { GET, POST } from "@/modules/partner/rfis";
