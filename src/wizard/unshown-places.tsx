import type { UnshownPlace } from '../document/unshown';
import { askedOnAPage, type FixPlace } from './places';

/** The fields that hold characters the final PDF cannot print, each with a way to open it where a page asks it. */
export function UnshownPlaces({ places, placeOf, onFix }: { places: readonly UnshownPlace[]; placeOf?: (place: FixPlace) => string; onFix?: (place: FixPlace) => void }) {
  return (
    <ul>
      {places.map((place) => (
        <li key={place.path}>
          {placeOf ? placeOf(place) : place.path}
          {onFix && askedOnAPage(place.path) && <>{' '}<button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => onFix(place)}
            aria-label={`Change this: ${placeOf ? placeOf(place) : place.path}`}>
            Change this
          </button></>}
        </li>
      ))}
    </ul>
  );
}
