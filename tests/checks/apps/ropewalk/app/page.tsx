import Link from "next/link";
import dbConnect from "@/lib/db";
import Gym from "@/models/Gym";
import ContactForm from "@/components/ContactForm";

export default async function Home() {
  await dbConnect();
  const gyms = await Gym.find({}).select("name slug city").lean();
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Climb with Ropewalk</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {gyms.map((g) => (
          <li key={String(g._id)}>
            <Link href={`/gyms/${g._id}`}>{g.name}</Link> <span className="text-gray-500">{g.city}</span>
          </li>
        ))}
      </ul>
      <ContactForm />
    </div>
  );
}
