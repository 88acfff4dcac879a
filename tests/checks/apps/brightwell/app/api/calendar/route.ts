export { GET, POST, DELETE } from "@/modules/calendar/handlers";
