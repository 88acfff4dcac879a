"use server";

// Barrel used by the mobile web views; keeps import paths stable across the route-group refactor.
export { bookClass, cancelBooking, joinWaitlist, listMyBookings } from "@/app/(member)/bookings/actions";
export { freezeMembership, cancelMembership } from "@/app/(member)/memberships/actions";
export { askCoach } from "@/app/(member)/coach/actions";
export { signWaiver } from "@/app/(member)/waivers/actions";
