export { GET } from "@/modules/fleet/export-handlers";
