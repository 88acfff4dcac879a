export { GET, POST, PATCH } from "@/lib/api/v1-handlers";
