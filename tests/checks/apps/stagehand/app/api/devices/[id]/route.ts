export { GET, PATCH, DELETE } from "@/modules/devices/handlers";
