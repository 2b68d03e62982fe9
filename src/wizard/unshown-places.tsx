import type { UnshownPlace } from '../document/unshown';
import { askedOnAPage, type FixPlace } from './places';

/**
 * The fields that hold characters the final PDF cannot print, each with a way to open it where a
 * page asks it; for a reviewer, who changes nothing, the place itself is the link to its page.
 */
export function UnshownPlaces({ places, placeOf, onFix, reviewing = false }: { places: readonly UnshownPlace[]; placeOf?: (place: FixPlace) => string; onFix?: (place: FixPlace) => void; reviewing?: boolean }) {
  return (
    <ul>
      {places.map((place) => {
        const where = placeOf ? placeOf(place) : place.path;
        const link = onFix && askedOnAPage(place.path);
        return (
          <li key={place.path}>
            {link && reviewing ? <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => onFix(place)}>{where}</button> : where}
            {link && !reviewing && <>{' '}<button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => onFix(place)}
              aria-label={`Change this: ${where}`}>
              Change this
            </button></>}
          </li>
        );
      })}
    </ul>
  );
}
