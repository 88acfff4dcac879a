export { GET } from "@/lib/api/environments";
