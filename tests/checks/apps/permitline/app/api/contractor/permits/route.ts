export { GET, POST } from "@/lib/handlers/contractor-permits";
