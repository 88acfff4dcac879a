export { GET, POST } from "@/modules/api/jobs";
