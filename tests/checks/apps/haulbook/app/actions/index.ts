"use server";

// barrel used by the dispatcher board client components
export { createLoad, updateLoad, deleteLoad, cancelLoad, listLoads } from "./loads";
export { placeBid, counterBid, acceptBid } from "./bids";
export { postMessage, getThreadSummary } from "./messages";
export { markNotificationRead } from "./notifications";
