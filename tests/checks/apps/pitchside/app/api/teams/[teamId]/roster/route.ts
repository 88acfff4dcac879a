export { GET, POST } from "@/modules/roster/handlers";
