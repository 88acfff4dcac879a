"use server";

// Barrel kept for the mobile web view, which imports actions from one place.
export { transferTicket, acceptTransfer, getMyTickets, getTicketQr } from "@/app/(fan)/tickets/actions";
export { startCheckout, reserveSeats } from "@/app/(fan)/checkout/actions";
export { joinWaitlist, leaveWaitlist } from "@/app/(fan)/waitlist/actions";
