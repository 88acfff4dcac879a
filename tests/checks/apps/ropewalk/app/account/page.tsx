import { revalidatePath } from "next/cache";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import Booking from "@/models/Booking";
import { verifySession, getViewer } from "@/lib/session";
import { changePassword, deleteAccount, updateProfile } from "@/app/actions/profile";
import ProfileForms from "@/components/ProfileForms";

export default async function AccountPage() {
  const { userId } = await verifySession();
  await dbConnect();
  const me = await User.findById(userId).select("name email phone emergencyContact").lean();

  // ok: missing-auth, missing-rate-limit, missing-audit-log
  async function setEmergencyContact(formData: FormData) {
    "use server";
    const { userId: uid } = await verifySession();
    const contact = formData.get("emergencyContact");
    if (typeof contact !== "string" || contact.length > 120) return;
    await dbConnect();
    // ok: missing-authorization
    await User.updateOne({ _id: uid }, { $set: { emergencyContact: contact } });
    revalidatePath("/account");
  }

  // Leftover from the "booking notes" experiment.
  // ruleid: missing-input-validation
  async function addBookingNote(formData: FormData) {
    "use server";
    const viewer = await getViewer();
    if (!viewer) return;
    const bookingId = String(formData.get("bookingId") ?? "");
    const notes = String(formData.get("notes") ?? "").slice(0, 500);
    await dbConnect();
    // ruleid: missing-authorization
    await Booking.updateOne({ _id: bookingId }, { $set: { notes, updatedBy: viewer.id } });
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl">Your account</h1>
      <ProfileForms
        me={{ name: me?.name ?? "", email: me?.email ?? "", phone: me?.phone ?? "" }}
        updateProfile={updateProfile}
        changePassword={changePassword}
        deleteAccount={deleteAccount}
      />
      <form action={setEmergencyContact}>
        <input name="emergencyContact" defaultValue={me?.emergencyContact ?? ""} />
        <button>Save emergency contact</button>
      </form>
      <form action={addBookingNote}>
        <input name="bookingId" type="hidden" />
        <textarea name="notes" />
      </form>
    </div>
  );
}
