// The v1 API keeps its handlers in lib/ so they can be unit tested.
export { GET, POST } from "@/lib/api/notes-handlers";
