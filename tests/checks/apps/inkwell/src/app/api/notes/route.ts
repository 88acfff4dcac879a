// The public REST surface lives with the other API modules.
export { GET, POST } from "~/server/api/notes";
