export { GET, POST } from "@/modules/claims/handlers";
