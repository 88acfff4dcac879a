export { GET, POST, DELETE } from "@/modules/keys/handlers";
