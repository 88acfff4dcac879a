export { GET, POST, PATCH } from "@/modules/appointments/handlers";
