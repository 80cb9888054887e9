// The id of the column beside the article (timeline, quotes) that follows the reading (follow-reading.ts).
export const SIDE_COLUMN_ID = 'colonne-laterale';
