// Carousel templates (messages.send `template`), with VK's rules checked while building:
// 1–10 elements, title and description at most 80 characters, 1–3 buttons an element, a photo
// or a title in each, and every element shaped like the first.
import type { MessagesKeyboardButton, MessagesTemplateCarousel, MessagesTemplateCarouselElement } from '@vkts/types';
import { MessageLimitError } from './errors.js';

export const CAROUSEL_LIMITS = { elements: 10, buttons: 3, textLength: 80 } as const;

export interface CarouselElementInput {
  title?: string;
  description?: string;
  /** The photo as `owner_id_photo_id`, e.g. `-1_456239017` (no `photo` prefix). */
  photoId?: string;
  /** 1–3 buttons, made with `textButton`, `callbackButton`, `linkButton`, … */
  buttons: readonly MessagesKeyboardButton[];
  /** What pressing the element itself does. */
  action?: { type: 'open_link'; link: string } | { type: 'open_photo' };
}

function checkText(index: number, field: 'title' | 'description', value: string | undefined): void {
  if (value !== undefined && value.length > CAROUSEL_LIMITS.textLength) {
    throw new MessageLimitError(
      'carousel-text-length',
      `carousel element ${index + 1}: ${field} is ${value.length} characters; VK allows at most ${CAROUSEL_LIMITS.textLength}`,
      CAROUSEL_LIMITS.textLength,
    );
  }
}

function shape(element: CarouselElementInput): string {
  const fields = (['title', 'description', 'photoId', 'action'] as const).filter((key) => element[key] !== undefined);
  return `${fields.join(', ') || 'no fields'} and ${element.buttons.length} button(s)`;
}

function toElement(element: CarouselElementInput, index: number): MessagesTemplateCarouselElement {
  checkText(index, 'title', element.title);
  checkText(index, 'description', element.description);
  if (element.buttons.length === 0 || element.buttons.length > CAROUSEL_LIMITS.buttons) {
    throw new MessageLimitError(
      'carousel-buttons',
      `carousel element ${index + 1}: has ${element.buttons.length} buttons; VK wants 1 to ${CAROUSEL_LIMITS.buttons}`,
      CAROUSEL_LIMITS.buttons,
    );
  }
  if (element.title === undefined && element.photoId === undefined) {
    throw new MessageLimitError('carousel-element-content', `carousel element ${index + 1}: needs a photoId or a title`);
  }
  return {
    ...(element.title === undefined ? {} : { title: element.title }),
    ...(element.description === undefined ? {} : { description: element.description }),
    ...(element.photoId === undefined ? {} : { photo_id: element.photoId }),
    buttons: [...element.buttons],
    ...(element.action === undefined ? {} : { action: element.action }),
  };
}

/** A carousel for messages.send's `template` (send it with a message text: VK requires one). */
export function carousel(elements: readonly CarouselElementInput[]): MessagesTemplateCarousel {
  if (elements.length === 0 || elements.length > CAROUSEL_LIMITS.elements) {
    throw new MessageLimitError('carousel-elements', `carousel: has ${elements.length} elements; VK wants 1 to ${CAROUSEL_LIMITS.elements}`, CAROUSEL_LIMITS.elements);
  }
  const first = shape(elements[0]!);
  elements.forEach((element, index) => {
    const own = shape(element);
    if (own !== first) {
      throw new MessageLimitError('carousel-structure', `carousel element ${index + 1}: has ${own}, but the first has ${first} (VK wants every element shaped like the first)`);
    }
  });
  return { type: 'carousel', elements: elements.map(toElement) };
}

/** Message templates; VK has one kind today. */
export const template = { carousel } as const;
