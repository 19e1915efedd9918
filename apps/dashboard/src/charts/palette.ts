/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Results and
 * targets also differ by fill (solid vs hatched/outlined) and label, never by colour alone.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

export const SERIES = {
  result: OKABE_ITO.blue,
  target: OKABE_ITO.orange,
  nextTarget: OKABE_ITO.vermillion,
} as const;

export const STATUS_COLOURS = {
  met: OKABE_ITO.green,
  missed: OKABE_ITO.vermillion,
  unknown: '#767676',
  awaiting_result: OKABE_ITO.skyBlue,
} as const;

/** A colour per region, in a stable order. */
export const REGION_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.purple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];
