export { GET, POST } from "@/modules/checkins/handlers";
