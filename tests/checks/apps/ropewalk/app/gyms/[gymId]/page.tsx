import { notFound } from "next/navigation";
import dbConnect from "@/lib/db";
import Gym from "@/models/Gym";
import Route from "@/models/Route";
import { objectId } from "@/lib/validation";

export default async function GymPage({ params }: { params: Promise<{ gymId: string }> }) {
  const id = objectId.safeParse((await params).gymId);
  if (!id.success) notFound();
  await dbConnect();
  const gym = await Gym.findById(id.data).select("name city address walls").lean();
  if (!gym) notFound();
  const routes = await Route.find({ gymId: id.data, status: "live" }).select("name grade color wallId").sort({ grade: 1 }).lean();
  return (
    <div>
      <h1 className="text-2xl">{gym.name}</h1>
      <p>{gym.address}</p>
      <table className="mt-4 w-full">
        <tbody>
          {routes.map((r) => (
            <tr key={String(r._id)}>
              <td>{r.name}</td>
              <td>{r.grade}</td>
              <td>{r.color}</td>
              <td>{r.wallId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
