/** Export everything to a file, import a file (checked and previewed first), or delete everything. */
import { DeleteSection } from './DeleteSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

export function YourData({ onChanged }: { onChanged: () => void }) {
  return (
    <>
      <ExportSection />
      <ImportSection onChanged={onChanged} />
      <DeleteSection onChanged={onChanged} />
    </>
  );
}
