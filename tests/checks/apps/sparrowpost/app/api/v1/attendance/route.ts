// Deprecated alias kept for the old iPad register app.
export { GET } from "@/lib/handlers/attendance";
