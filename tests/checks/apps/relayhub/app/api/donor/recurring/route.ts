export { GET, POST } from "@/modules/recurring/handlers";
