"use server";

// Barrel for the admin console's client components.
export { banUser, deleteUser, impersonateUser, changeUserRole, searchUsers } from "./users/actions";
export { verifySitterId, overrideBackgroundCheck, purgeSitterDocuments } from "./sitters/actions";
export { suspendAgency, setAgencyPlan } from "./agencies/actions";
