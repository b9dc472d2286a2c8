import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { s } from '../pdf-styles.js';

export interface FurnitureText {
  title: string;
  asOf: string;
  marking: string | null;
}

/**
 * Every page's running header and footer around the flow of the brief. As a page layout (react-pdf's
 * paginator reserves their space), the body can never run under them. The title and the marking are
 * one line each, cut with an ellipsis in a box that stops short of the date and the page number.
 */
export function pageFrame({ title, asOf, marking }: FurnitureText) {
  return function PageFrame({ children, pageNumber, totalPages }: { children?: ReactNode; pageNumber?: number; totalPages?: number }) {
    return (
      <>
        <View style={s.header}>
          <Text style={s.runningText}>{title}</Text>
          <Text style={s.runningEnd}>As of {asOf}</Text>
        </View>
        <View style={s.body}>{children}</View>
        <View style={s.footer}>
          <Text style={s.runningText}>{marking ?? 'Attaché brief'}</Text>
          {/* The first of react-pdf's two passes does not know the total yet; the second prints it. */}
          <Text style={s.runningEnd}>{`Page ${pageNumber ?? 1} of ${totalPages ?? pageNumber ?? 1}`}</Text>
        </View>
      </>
    );
  };
}
