export { GET, POST } from "@/modules/berths/handlers";
