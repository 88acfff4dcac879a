"use server";

// Barrel so client components can import every claim action from one place.
export { addClaimNote, editClaimNote, deleteClaimNote, listClaimNotes } from "./notes";
export { assignAdjuster, reassignToMe, setClaimStatus } from "./assignment";
export { setReserve, reserveHistory } from "./reserves";
export { createDiaryTask, completeDiaryTask } from "./diary";
export { addSubrogation, recordRecovery, getSubrogation, releaseSubrogation } from "./subrogation";
