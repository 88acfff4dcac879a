import { SwapBoard } from "@/components/swap-board";
import { gardenSwapBoard } from "@/app/g/[gardenId]/swap/actions";

export default async function SwapBoardPage({ params }: { params: Promise<{ gardenId: string }> }) {
  const { gardenId } = await params;
  const posts = await gardenSwapBoard(gardenId);
  return <SwapBoard gardenId={gardenId} initial={posts as never} />;
}
