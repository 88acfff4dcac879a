export { POST, DELETE } from "@/modules/vendors/handlers";
