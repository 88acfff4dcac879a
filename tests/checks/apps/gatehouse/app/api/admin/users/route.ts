export { GET, DELETE } from "@/lib/api/admin-users";
export const dynamic = "force-dynamic";
