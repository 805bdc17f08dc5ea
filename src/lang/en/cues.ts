import type { CueVocabulary } from '../types.js';

/** English cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: [
    'Photo by', 'Photo:', 'Image:', 'Credit:', 'Source:', 'Reporting by', 'Editing by', 'Writing by',
    'Additional reporting by', 'Compiled by', 'Courtesy of', 'File photo',
  ],
  agencies: [
    'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'IRNA', 'ISNA', 'Tasnim', 'Fars',
    'Mehr News', 'Iran Press', 'Press TV', 'Anadolu', 'TASS', 'Interfax', 'RIA Novosti', 'Xinhua',
    'Bloomberg', 'dpa', 'EFE', 'ANSA', 'Trend', 'APA', 'Armenpress', 'Ukrinform', 'UNIAN',
  ],
  dateline: ['--', '—', '–', '(Reuters) -', '(AP) —', '(AFP) -'],
  opinion: [
    "Editor's note", 'Opinion', 'Commentary', 'Analysis', 'Editorial', 'Op-ed', 'Our view',
    'The views expressed in this article are',
  ],
  relatedHeaders: [
    'Read more', 'Read also', 'Also read', 'Related', 'Related articles', 'Related stories', 'Related news',
    'Related coverage', 'See also', 'More on this story', 'Recommended', 'Recommended stories',
  ],
  // Xinhua closes with "Enditem"; "-30-" is the North American press-release close.
  endMarkers: ['End Item', 'Enditem', 'END', 'ENDS', '(end)', '/ends', '-ends-', '-30-', '###'],
  // BBC pages copy as "Image source, Getty Images" / "Image caption, …".
  captions: [
    'Photo by', 'Photo:', 'Photos:', '(Photo', 'Photo credit', 'Photo courtesy of', 'File photo', 'Image:',
    'Image credit', 'Image source', 'Image caption', 'Picture:', 'Pictured:',
  ],
  // No entry may contain another: each matching entry counts as one marker.
  hedges: [
    'which suggests that', 'for some reason', 'definitely', 'obviously', 'clearly', 'it is evident that',
    'it is clear that', 'it is obvious that', 'there is no doubt that', 'undoubtedly', 'it seems that',
    'apparently', 'needless to say', 'it goes without saying',
  ],
  attribution: [
    'said', 'says', 'told', 'according to', 'stated', 'announced', 'added', 'stressed', 'noted', 'quoted',
    'reported', 'cited', 'claimed', 'explained', 'emphasized',
  ],
  bylines: ['By', 'Written by', 'Reporting by', 'Words by'],
};
