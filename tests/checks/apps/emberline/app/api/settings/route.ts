export { GET, PATCH } from "@/lib/handlers/settings";
