// Versioned alias of the public study search.
export { GET } from "@/app/api/studies/route";
