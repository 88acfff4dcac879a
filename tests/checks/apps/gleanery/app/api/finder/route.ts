export { GET } from "@/modules/finder/handlers";
