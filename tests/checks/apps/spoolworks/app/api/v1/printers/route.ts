export { GET, POST } from "@/modules/printers/handlers";
