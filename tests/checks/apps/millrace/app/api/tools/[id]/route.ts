export { GET, PATCH, DELETE } from "@/modules/tools/handlers";
