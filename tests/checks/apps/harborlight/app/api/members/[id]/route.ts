export { GET, PATCH, DELETE } from "@/modules/members/handlers";
