import { useEffect } from 'preact/hooks';
import { useApp, useLazyModel } from '../../app-context';
import type { SpotsModel } from './model/spots-model';

/** The app's spots model for a component, its marks loaded when the component first shows. */
export function useSpots(): SpotsModel {
  const spots = useLazyModel(useApp().spots);
  useEffect(() => spots.ensureLoaded(), [spots]);
  return spots;
}
