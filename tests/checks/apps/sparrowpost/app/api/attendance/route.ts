export { GET, POST } from "@/lib/handlers/attendance";
