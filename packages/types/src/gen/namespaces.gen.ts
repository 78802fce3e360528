// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: the client method interfaces, one per namespace.
/* eslint-disable */
import type * as T from './types.gen.js';

/**
 * Params of `ads.getSuggestions` as API clients take them: `section` picks the response (schema/response-variants.json).
 */
export interface AdsGetSuggestionsCallParams<Section extends T.AdsGetSuggestionsParams["section"] = T.AdsGetSuggestionsParams["section"]> {
  /**
   * Section, suggestions are retrieved in. Available values: *countries - request of a list of countries. If q is not set or blank, a short list of countries is shown. Otherwise, a full list of countries is shown. *regions - requested list of regions. 'country' parameter is required. *cities - requested list of cities. 'country' parameter is required. *districts - requested list of districts. 'cities' parameter is required. *stations - requested list of subway stations. 'cities' parameter is required. *streets - requested list of streets. 'cities' parameter is required. *schools - requested list of educational organizations. 'cities' parameter is required. *interests - requested list of interests. *positions - requested list of positions (professions). *group_types - requested list of group types. *religions - requested list of religious commitments. *browsers - requested list of browsers and mobile devices.
   */
  section: Section;
  /**
   * Objects IDs separated by commas. If the parameter is passed, 'q, country, cities' should not be passed.
   */
  ids?: T.AdsGetSuggestionsParams["ids"] & {};
  /**
   * Filter-line of the request (for countries, regions, cities, streets, schools, interests, positions).
   */
  q?: T.AdsGetSuggestionsParams["q"] & {};
  /**
   * ID of the country objects are searched in.
   */
  country?: T.AdsGetSuggestionsParams["country"] & {};
  /**
   * IDs of cities where objects are searched in, separated with a comma.
   */
  cities?: T.AdsGetSuggestionsParams["cities"] & {};
  /**
   * Language of the returned string values. Supported languages: *ru - Russian,, *ua - Ukrainian,, *en - English.
   */
  lang?: T.AdsGetSuggestionsParams["lang"] & {};
}

/**
 * Params of `apps.getFriendsList` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface AppsGetFriendsListCallParams<Extended extends T.AppsGetFriendsListParams["extended"] = T.AppsGetFriendsListParams["extended"]> {
  extended?: Extended;
  /**
   * List size.
   */
  count?: T.AppsGetFriendsListParams["count"] & {};
  offset?: T.AppsGetFriendsListParams["offset"] & {};
  /**
   * List type. Possible values: * 'invite' - available for invites (don't play the game),, * 'request' - available for request (play the game). By default: 'invite'.
   */
  type?: T.AppsGetFriendsListParams["type"] & {};
  /**
   * Additional profile fields, see [vk.com/dev/fields|description].
   */
  fields?: T.AppsGetFriendsListParams["fields"] & {};
  /**
   * Search query string (e.g., 'Vasya Babich').
   */
  query?: T.AppsGetFriendsListParams["query"] & {};
}

/**
 * Params of `apps.getLeaderboard` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface AppsGetLeaderboardCallParams<Extended extends T.AppsGetLeaderboardParams["extended"] = T.AppsGetLeaderboardParams["extended"]> {
  /**
   * Leaderboard type. Possible values: *'level' - by level,, *'points' - by mission points,, *'score' - by score ().
   */
  type: T.AppsGetLeaderboardParams["type"];
  /**
   * Rating type. Possible values: *'1' - global rating among all players,, *'0' - rating among user friends.
   */
  global?: T.AppsGetLeaderboardParams["global"] & {};
  /**
   * 1 - to return additional info about users
   */
  extended?: Extended;
}

/**
 * Params of `board.getComments` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface BoardGetCommentsCallParams<Extended extends T.BoardGetCommentsParams["extended"] = T.BoardGetCommentsParams["extended"]> {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: T.BoardGetCommentsParams["group_id"];
  /**
   * Topic ID.
   */
  topic_id: T.BoardGetCommentsParams["topic_id"];
  /**
   * '1' - to return the 'likes' field, '0' - not to return the 'likes' field (default)
   */
  need_likes?: T.BoardGetCommentsParams["need_likes"] & {};
  start_comment_id?: T.BoardGetCommentsParams["start_comment_id"] & {};
  /**
   * Offset needed to return a specific subset of comments.
   */
  offset?: T.BoardGetCommentsParams["offset"] & {};
  /**
   * Number of comments to return.
   */
  count?: T.BoardGetCommentsParams["count"] & {};
  /**
   * '1' - to return information about users who posted comments, '0' - to return no additional fields (default)
   */
  extended?: Extended;
  /**
   * Sort order: 'asc' - by creation date in chronological order, 'desc' - by creation date in reverse chronological order,
   */
  sort?: T.BoardGetCommentsParams["sort"] & {};
}

/**
 * Params of `board.getTopics` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface BoardGetTopicsCallParams<Extended extends T.BoardGetTopicsParams["extended"] = T.BoardGetTopicsParams["extended"]> {
  /**
   * ID of the community that owns the discussion board.
   */
  group_id: T.BoardGetTopicsParams["group_id"];
  /**
   * IDs of topics to be returned (100 maximum). By default, all topics are returned. If this parameter is set, the 'order', 'offset', and 'count' parameters are ignored.
   */
  topic_ids?: T.BoardGetTopicsParams["topic_ids"] & {};
  /**
   * Sort order: '1' - by date updated in reverse chronological order. '2' - by date created in reverse chronological order. '-1' - by date updated in chronological order. '-2' - by date created in chronological order. If no sort order is specified, topics are returned in the order specified by the group administrator. Pinned topics are returned first, regardless of the sorting.
   */
  order?: T.BoardGetTopicsParams["order"] & {};
  /**
   * Offset needed to return a specific subset of topics.
   */
  offset?: T.BoardGetTopicsParams["offset"] & {};
  /**
   * Number of topics to return.
   */
  count?: T.BoardGetTopicsParams["count"] & {};
  /**
   * '1' - to return information about users who created topics or who posted there last, '0' - to return no additional fields (default)
   */
  extended?: Extended;
  /**
   * '1' - to return the first comment in each topic,, '2' - to return the last comment in each topic,, '0' - to return no comments. By default: '0'.
   */
  preview?: T.BoardGetTopicsParams["preview"] & {};
  /**
   * Number of characters after which to truncate the previewed comment. To preview the full comment, specify '0'.
   */
  preview_length?: T.BoardGetTopicsParams["preview_length"] & {};
}

/**
 * Params of `fave.get` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface FaveGetCallParams<Extended extends T.FaveGetParams["extended"] = T.FaveGetParams["extended"]> {
  /**
   * '1' - to return additional 'wall', 'profiles', and 'groups' fields. By default: '0'.
   */
  extended?: Extended;
  item_type?: T.FaveGetParams["item_type"] & {};
  /**
   * Tag ID.
   */
  tag_id?: T.FaveGetParams["tag_id"] & {};
  /**
   * Offset needed to return a specific subset of users.
   */
  offset?: T.FaveGetParams["offset"] & {};
  /**
   * Number of users to return.
   */
  count?: T.FaveGetParams["count"] & {};
  fields?: T.FaveGetParams["fields"] & {};
  is_from_snackbar?: T.FaveGetParams["is_from_snackbar"] & {};
}

/**
 * Params of `friends.areFriends` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface FriendsAreFriendsCallParams<Extended extends T.FriendsAreFriendsParams["extended"] = T.FriendsAreFriendsParams["extended"]> {
  /**
   * IDs of the users whose friendship status to check.
   */
  user_ids: T.FriendsAreFriendsParams["user_ids"];
  /**
   * '1' - to return 'sign' field. 'sign' is md5("{id}_{user_id}_{friends_status}_{application_secret}"), where id is current user ID. This field allows to check that data has not been modified by the client. By default: '0'.
   */
  need_sign?: T.FriendsAreFriendsParams["need_sign"] & {};
  /**
   * Return friend request read_state field
   */
  extended?: Extended;
}

/**
 * Params of `friends.get` as API clients take them: `fields` picks the response (schema/response-variants.json).
 */
export interface FriendsGetCallParams<Fields extends T.FriendsGetParams["fields"] = T.FriendsGetParams["fields"]> {
  /**
   * User ID. By default, the current user ID.
   */
  user_id?: T.FriendsGetParams["user_id"] & {};
  /**
   * Sort order: , 'name' - by name (enabled only if the 'fields' parameter is used), 'hints' - by rating, similar to how friends are sorted in My friends section, , This parameter is available only for [vk.com/dev/standalone|desktop applications].
   */
  order?: T.FriendsGetParams["order"] & {};
  /**
   * ID of the friend list returned by the [vk.com/dev/friends.getLists|friends.getLists] method to be used as the source. This parameter is taken into account only when the uid parameter is set to the current user ID. This parameter is available only for [vk.com/dev/standalone|desktop applications].
   */
  list_id?: T.FriendsGetParams["list_id"] & {};
  /**
   * Number of friends to return.
   */
  count?: T.FriendsGetParams["count"] & {};
  /**
   * Offset needed to return a specific subset of friends.
   */
  offset?: T.FriendsGetParams["offset"] & {};
  /**
   * Profile fields to return. Sample values: 'uid', 'first_name', 'last_name', 'nickname', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'domain', 'has_mobile', 'rate', 'contacts', 'education'.
   */
  fields?: Fields;
  ref?: T.FriendsGetParams["ref"] & {};
}

/**
 * Params of `friends.getMutual` as API clients take them: `target_uids` and `need_common_count` pick the response (schema/response-variants.json).
 */
export interface FriendsGetMutualCallParams<TargetUids extends T.FriendsGetMutualParams["target_uids"] = T.FriendsGetMutualParams["target_uids"], NeedCommonCount extends T.FriendsGetMutualParams["need_common_count"] = T.FriendsGetMutualParams["need_common_count"]> {
  /**
   * ID of the user whose friends will be checked against the friends of the user specified in 'target_uid'.
   */
  source_uid?: T.FriendsGetMutualParams["source_uid"] & {};
  /**
   * ID of the user whose friends will be checked against the friends of the user specified in 'source_uid'.
   */
  target_uid?: T.FriendsGetMutualParams["target_uid"] & {};
  /**
   * IDs of the users whose friends will be checked against the friends of the user specified in 'source_uid'.
   */
  target_uids?: TargetUids;
  /**
   * Sort order: 'random' - random order
   */
  order?: T.FriendsGetMutualParams["order"] & {};
  /**
   * Number of mutual friends to return.
   */
  count?: T.FriendsGetMutualParams["count"] & {};
  /**
   * Offset needed to return a specific subset of mutual friends.
   */
  offset?: T.FriendsGetMutualParams["offset"] & {};
  /**
   * Return mutual friends total count
   */
  need_common_count?: NeedCommonCount;
}

/**
 * Params of `friends.getOnline` as API clients take them: `online_mobile` picks the response (schema/response-variants.json).
 */
export interface FriendsGetOnlineCallParams<OnlineMobile extends T.FriendsGetOnlineParams["online_mobile"] = T.FriendsGetOnlineParams["online_mobile"]> {
  /**
   * User ID.
   */
  user_id?: T.FriendsGetOnlineParams["user_id"] & {};
  /**
   * Friend list ID. If this parameter is not set, information about all online friends is returned.
   */
  list_id?: T.FriendsGetOnlineParams["list_id"] & {};
  /**
   * '1' - to return an additional 'online_mobile' field, '0' - (default),
   */
  online_mobile?: OnlineMobile;
  /**
   * Sort order: 'random' - random order
   */
  order?: T.FriendsGetOnlineParams["order"] & {};
  /**
   * Number of friends to return.
   */
  count?: T.FriendsGetOnlineParams["count"] & {};
  /**
   * Offset needed to return a specific subset of friends.
   */
  offset?: T.FriendsGetOnlineParams["offset"] & {};
}

/**
 * Params of `friends.getRequests` as API clients take them: `extended` and `need_mutual` pick the response (schema/response-variants.json).
 */
export interface FriendsGetRequestsCallParams<Extended extends T.FriendsGetRequestsParams["extended"] = T.FriendsGetRequestsParams["extended"], NeedMutual extends T.FriendsGetRequestsParams["need_mutual"] = T.FriendsGetRequestsParams["need_mutual"]> {
  /**
   * Offset needed to return a specific subset of friend requests.
   */
  offset?: T.FriendsGetRequestsParams["offset"] & {};
  /**
   * Number of friend requests to return (default 100, maximum 1000).
   */
  count?: T.FriendsGetRequestsParams["count"] & {};
  /**
   * '1' - to return response messages from users who have sent a friend request or, if 'suggested' is set to '1', to return a list of suggested friends
   */
  extended?: Extended;
  /**
   * '1' - to return a list of mutual friends (up to 20), if any
   */
  need_mutual?: NeedMutual;
  /**
   * '1' - to return outgoing requests, '0' - to return incoming requests (default)
   */
  out?: T.FriendsGetRequestsParams["out"] & {};
  /**
   * Sort order: '1' - by number of mutual friends, '0' - by date
   */
  sort?: T.FriendsGetRequestsParams["sort"] & {};
  need_viewed?: T.FriendsGetRequestsParams["need_viewed"] & {};
  /**
   * '1' - to return a list of suggested friends, '0' - to return friend requests (default)
   */
  suggested?: T.FriendsGetRequestsParams["suggested"] & {};
  ref?: T.FriendsGetRequestsParams["ref"] & {};
  fields?: T.FriendsGetRequestsParams["fields"] & {};
}

/**
 * Params of `groups.get` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface GroupsGetCallParams<Extended extends T.GroupsGetParams["extended"] = T.GroupsGetParams["extended"]> {
  /**
   * User ID.
   */
  user_id?: T.GroupsGetParams["user_id"] & {};
  /**
   * '1' - to return complete information about a user's communities, '0' - to return a list of community IDs without any additional fields (default),
   */
  extended?: Extended;
  /**
   * Types of communities to return: 'admin' - to return communities administered by the user , 'editor' - to return communities where the user is an administrator or editor, 'moder' - to return communities where the user is an administrator, editor, or moderator, 'groups' - to return only groups, 'publics' - to return only public pages, 'events' - to return only events
   */
  filter?: T.GroupsGetParams["filter"] & {};
  /**
   * Profile fields to return.
   */
  fields?: T.GroupsGetParams["fields"] & {};
  /**
   * Offset needed to return a specific subset of communities.
   */
  offset?: T.GroupsGetParams["offset"] & {};
  /**
   * Number of communities to return.
   */
  count?: T.GroupsGetParams["count"] & {};
}

/**
 * Params of `groups.getCatalogInfo` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface GroupsGetCatalogInfoCallParams<Extended extends T.GroupsGetCatalogInfoParams["extended"] = T.GroupsGetCatalogInfoParams["extended"]> {
  /**
   * 1 - to return communities count and three communities for preview. By default: 0.
   */
  extended?: Extended;
  /**
   * 1 - to return subcategories info. By default: 0.
   */
  subcategories?: T.GroupsGetCatalogInfoParams["subcategories"] & {};
}

/**
 * Params of `groups.getInvites` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface GroupsGetInvitesCallParams<Extended extends T.GroupsGetInvitesParams["extended"] = T.GroupsGetInvitesParams["extended"]> {
  /**
   * Offset needed to return a specific subset of invitations.
   */
  offset?: T.GroupsGetInvitesParams["offset"] & {};
  /**
   * Number of invitations to return.
   */
  count?: T.GroupsGetInvitesParams["count"] & {};
  /**
   * '1' - to return additional [vk.com/dev/fields_groups|fields] for communities..
   */
  extended?: Extended;
}

/**
 * Params of `groups.getMembers` as API clients take them: `fields` and `filter` pick the response (schema/response-variants.json).
 */
export interface GroupsGetMembersCallParams<Fields extends T.GroupsGetMembersParams["fields"] = T.GroupsGetMembersParams["fields"], Filter extends T.GroupsGetMembersParams["filter"] = T.GroupsGetMembersParams["filter"]> {
  /**
   * ID or screen name of the community.
   */
  group_id?: T.GroupsGetMembersParams["group_id"] & {};
  /**
   * Sort order. Available values: 'id_asc', 'id_desc', 'time_asc', 'time_desc'. 'time_asc' and 'time_desc' are availavle only if the method is called by the group's 'moderator'.
   */
  sort?: T.GroupsGetMembersParams["sort"] & {};
  /**
   * Offset needed to return a specific subset of community members.
   */
  offset?: T.GroupsGetMembersParams["offset"] & {};
  /**
   * Number of community members to return.
   */
  count?: T.GroupsGetMembersParams["count"] & {};
  /**
   * List of additional fields to be returned. Available values: 'sex, bdate, city, country, photo_50, photo_100, photo_200_orig, photo_200, photo_400_orig, photo_max, photo_max_orig, online, online_mobile, lists, domain, has_mobile, contacts, connections, site, education, universities, schools, can_post, can_see_all_posts, can_see_audio, can_write_private_message, status, last_seen, common_count, relation, relatives, counters'.
   */
  fields?: Fields;
  /**
   * *'friends' - only friends in this community will be returned,, *'unsure' - only those who pressed 'I may attend' will be returned (if it's an event).
   */
  filter?: Filter;
}

/**
 * Params of `groups.getRequests` as API clients take them: `fields` picks the response (schema/response-variants.json).
 */
export interface GroupsGetRequestsCallParams<Fields extends T.GroupsGetRequestsParams["fields"] = T.GroupsGetRequestsParams["fields"]> {
  /**
   * Community ID.
   */
  group_id: T.GroupsGetRequestsParams["group_id"];
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: T.GroupsGetRequestsParams["offset"] & {};
  /**
   * Number of results to return.
   */
  count?: T.GroupsGetRequestsParams["count"] & {};
  /**
   * Profile fields to return.
   */
  fields?: Fields;
}

/**
 * Params of `groups.invite` as API clients take them: `user_ids_list` picks the response (schema/response-variants.json).
 */
export interface GroupsInviteCallParams<UserIdsList extends T.GroupsInviteParams["user_ids_list"] = T.GroupsInviteParams["user_ids_list"]> {
  /**
   * Community ID.
   */
  group_id: T.GroupsInviteParams["group_id"];
  /**
   * User ID.
   */
  user_id?: T.GroupsInviteParams["user_id"] & {};
  /**
   * User IDs.
   */
  user_ids_list?: UserIdsList;
}

/**
 * Params of `groups.isMember` as API clients take them: `user_ids` and `extended` pick the response (schema/response-variants.json).
 */
export interface GroupsIsMemberCallParams<UserIds extends T.GroupsIsMemberParams["user_ids"] = T.GroupsIsMemberParams["user_ids"], Extended extends T.GroupsIsMemberParams["extended"] = T.GroupsIsMemberParams["extended"]> {
  /**
   * ID or screen name of the community.
   */
  group_id: T.GroupsIsMemberParams["group_id"];
  /**
   * User ID.
   */
  user_id?: T.GroupsIsMemberParams["user_id"] & {};
  /**
   * User IDs.
   */
  user_ids?: UserIds;
  /**
   * '1' - to return an extended response with additional fields. By default: '0'.
   */
  extended?: Extended;
}

/**
 * Params of `likes.getList` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface LikesGetListCallParams<Extended extends T.LikesGetListParams["extended"] = T.LikesGetListParams["extended"]> {
  /**
   * , Object type: 'post' - post on user or community wall, 'comment' - comment on a wall post, 'photo' - photo, 'audio' - audio, 'video' - video, 'story' - story, 'note' - note, 'photo_comment' - comment on the photo, 'video_comment' - comment on the video, 'topic_comment' - comment in the discussion, 'sitepage' - page of the site where the [vk.com/dev/Like|Like widget] is installed
   */
  type: T.LikesGetListParams["type"];
  /**
   * ID of the user, community, or application that owns the object. If the 'type' parameter is set as 'sitepage', the application ID is passed as 'owner_id'. Use negative value for a community id. If the 'type' parameter is not set, the 'owner_id' is assumed to be either the current user or the same application ID as if the 'type' parameter was set to 'sitepage'.
   */
  owner_id?: T.LikesGetListParams["owner_id"] & {};
  /**
   * Object ID. If 'type' is set as 'sitepage', 'item_id' can include the 'page_id' parameter value used during initialization of the [vk.com/dev/Like|Like widget].
   */
  item_id?: T.LikesGetListParams["item_id"] & {};
  /**
   * URL of the page where the [vk.com/dev/Like|Like widget] is installed. Used instead of the 'item_id' parameter.
   */
  page_url?: T.LikesGetListParams["page_url"] & {};
  /**
   * Filters to apply: 'likes' - returns information about all users who liked the object (default), 'copies' - returns information only about users who told their friends about the object
   */
  filter?: T.LikesGetListParams["filter"] & {};
  /**
   * Specifies which users are returned: '1' - to return only the current user's friends, '0' - to return all users (default)
   */
  friends_only?: T.LikesGetListParams["friends_only"] & {};
  /**
   * Specifies whether extended information will be returned. '1' - to return extended information about users and communities from the 'Likes' list, '0' - to return no additional information (default)
   */
  extended?: Extended;
  /**
   * Offset needed to select a specific subset of users.
   */
  offset?: T.LikesGetListParams["offset"] & {};
  /**
   * Number of user IDs to return (maximum '1000'). Default is '100' if 'friends_only' is set to '0', otherwise, the default is '10' if 'friends_only' is set to '1'.
   */
  count?: T.LikesGetListParams["count"] & {};
  skip_own?: T.LikesGetListParams["skip_own"] & {};
  fields?: T.LikesGetListParams["fields"] & {};
}

/**
 * Params of `market.get` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MarketGetCallParams<Extended extends T.MarketGetParams["extended"] = T.MarketGetParams["extended"]> {
  /**
   * ID of an item owner community, "Note that community id in the 'owner_id' parameter should be negative number. For example 'owner_id'=-1 matches the [vk.com/apiclub|VK API] community "
   */
  owner_id: T.MarketGetParams["owner_id"];
  album_id?: T.MarketGetParams["album_id"] & {};
  /**
   * Number of items to return.
   */
  count?: T.MarketGetParams["count"] & {};
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: T.MarketGetParams["offset"] & {};
  /**
   * '1' - method will return additional fields: 'likes, can_comment, car_repost, photos'. These parameters are not returned by default.
   */
  extended?: Extended;
  /**
   * Items update date from (format: yyyy-mm-dd)
   */
  date_from?: T.MarketGetParams["date_from"] & {};
  /**
   * Items update date to (format: yyyy-mm-dd)
   */
  date_to?: T.MarketGetParams["date_to"] & {};
  /**
   * Add variants to response if exist
   */
  need_variants?: T.MarketGetParams["need_variants"] & {};
  /**
   * Add disabled items to response
   */
  with_disabled?: T.MarketGetParams["with_disabled"] & {};
  fields?: T.MarketGetParams["fields"] & {};
}

/**
 * Params of `market.getById` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MarketGetByIdCallParams<Extended extends T.MarketGetByIdParams["extended"] = T.MarketGetByIdParams["extended"]> {
  /**
   * Comma-separated ids list: {user id}_{item id}. If an item belongs to a community -{community id} is used. " 'Videos' value example: , '-4363_136089719,13245770_137352259'"
   */
  item_ids: T.MarketGetByIdParams["item_ids"];
  /**
   * '1' - to return additional fields: 'likes, can_comment, car_repost, photos'. By default: '0'.
   */
  extended?: Extended;
}

/**
 * Params of `market.getOrders` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MarketGetOrdersCallParams<Extended extends T.MarketGetOrdersParams["extended"] = T.MarketGetOrdersParams["extended"]> {
  offset?: T.MarketGetOrdersParams["offset"] & {};
  count?: T.MarketGetOrdersParams["count"] & {};
  extended?: Extended;
  /**
   * Orders status updated date from (format: yyyy-mm-dd)
   */
  date_from?: T.MarketGetOrdersParams["date_from"] & {};
  /**
   * Orders status updated date to (format: yyyy-mm-dd)
   */
  date_to?: T.MarketGetOrdersParams["date_to"] & {};
}

/**
 * Params of `market.search` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MarketSearchCallParams<Extended extends T.MarketSearchParams["extended"] = T.MarketSearchParams["extended"]> {
  /**
   * ID of an items owner community.
   */
  owner_id: T.MarketSearchParams["owner_id"];
  album_id?: T.MarketSearchParams["album_id"] & {};
  /**
   * Search query, for example "pink slippers".
   */
  q?: T.MarketSearchParams["q"] & {};
  /**
   * Minimum item price value.
   */
  price_from?: T.MarketSearchParams["price_from"] & {};
  /**
   * Maximum item price value.
   */
  price_to?: T.MarketSearchParams["price_to"] & {};
  sort?: T.MarketSearchParams["sort"] & {};
  /**
   * '0' - do not use reverse order, '1' - use reverse order
   */
  rev?: T.MarketSearchParams["rev"] & {};
  /**
   * Offset needed to return a specific subset of results.
   */
  offset?: T.MarketSearchParams["offset"] & {};
  /**
   * Number of items to return.
   */
  count?: T.MarketSearchParams["count"] & {};
  /**
   * '1' - to return additional fields: 'likes, can_comment, car_repost, photos'. By default: '0'.
   */
  extended?: Extended;
  status?: T.MarketSearchParams["status"] & {};
  /**
   * Add variants to response if exist
   */
  need_variants?: T.MarketSearchParams["need_variants"] & {};
}

/**
 * Params of `messages.getByConversationMessageId` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MessagesGetByConversationMessageIdCallParams<Extended extends T.MessagesGetByConversationMessageIdParams["extended"] = T.MessagesGetByConversationMessageIdParams["extended"]> {
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id: T.MessagesGetByConversationMessageIdParams["peer_id"];
  /**
   * Conversation message IDs.
   */
  conversation_message_ids: T.MessagesGetByConversationMessageIdParams["conversation_message_ids"];
  /**
   * Information whether the response should be extended
   */
  extended?: Extended;
  /**
   * Profile fields to return.
   */
  fields?: T.MessagesGetByConversationMessageIdParams["fields"] & {};
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: T.MessagesGetByConversationMessageIdParams["group_id"] & {};
}

/**
 * Params of `messages.getById` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MessagesGetByIdCallParams<Extended extends T.MessagesGetByIdParams["extended"] = T.MessagesGetByIdParams["extended"]> {
  /**
   * Message IDs.
   */
  message_ids?: T.MessagesGetByIdParams["message_ids"] & {};
  /**
   * Number of characters after which to truncate a previewed message. To preview the full message, specify '0'. "NOTE: Messages are not truncated by default. Messages are truncated by words."
   */
  preview_length?: T.MessagesGetByIdParams["preview_length"] & {};
  /**
   * Information whether the response should be extended
   */
  extended?: Extended;
  /**
   * Profile fields to return.
   */
  fields?: T.MessagesGetByIdParams["fields"] & {};
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: T.MessagesGetByIdParams["group_id"] & {};
  cmids?: T.MessagesGetByIdParams["cmids"] & {};
  peer_id?: T.MessagesGetByIdParams["peer_id"] & {};
}

/**
 * Params of `messages.getChat` as API clients take them: `chat_ids` and `fields` pick the response (schema/response-variants.json).
 */
export interface MessagesGetChatCallParams<ChatIds extends T.MessagesGetChatParams["chat_ids"] = T.MessagesGetChatParams["chat_ids"], Fields extends T.MessagesGetChatParams["fields"] = T.MessagesGetChatParams["fields"]> {
  /**
   * Chat ID.
   */
  chat_id?: T.MessagesGetChatParams["chat_id"] & {};
  /**
   * Chat IDs.
   */
  chat_ids?: ChatIds;
  /**
   * Profile fields to return.
   */
  fields?: Fields;
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default), 'gen' - genitive , 'dat' - dative, 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: T.MessagesGetChatParams["name_case"] & {};
}

/**
 * Params of `messages.getConversationsById` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MessagesGetConversationsByIdCallParams<Extended extends T.MessagesGetConversationsByIdParams["extended"] = T.MessagesGetConversationsByIdParams["extended"]> {
  /**
   * Destination IDs. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_ids: T.MessagesGetConversationsByIdParams["peer_ids"];
  /**
   * Return extended properties
   */
  extended?: Extended;
  /**
   * Profile and communities fields to return.
   */
  fields?: T.MessagesGetConversationsByIdParams["fields"] & {};
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: T.MessagesGetConversationsByIdParams["group_id"] & {};
}

/**
 * Params of `messages.getHistory` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MessagesGetHistoryCallParams<Extended extends T.MessagesGetHistoryParams["extended"] = T.MessagesGetHistoryParams["extended"]> {
  /**
   * Offset needed to return a specific subset of messages.
   */
  offset?: T.MessagesGetHistoryParams["offset"] & {};
  /**
   * Number of messages to return.
   */
  count?: T.MessagesGetHistoryParams["count"] & {};
  /**
   * ID of the user whose message history you want to return.
   */
  user_id?: T.MessagesGetHistoryParams["user_id"] & {};
  peer_id?: T.MessagesGetHistoryParams["peer_id"] & {};
  /**
   * Starting message ID from which to return history.
   */
  start_message_id?: T.MessagesGetHistoryParams["start_message_id"] & {};
  /**
   * Sort order: '1' - return messages in chronological order. '0' - return messages in reverse chronological order.
   */
  rev?: T.MessagesGetHistoryParams["rev"] & {};
  /**
   * Information whether the response should be extended
   */
  extended?: Extended;
  /**
   * Profile fields to return.
   */
  fields?: T.MessagesGetHistoryParams["fields"] & {};
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: T.MessagesGetHistoryParams["group_id"] & {};
}

/**
 * Params of `messages.getImportantMessages` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MessagesGetImportantMessagesCallParams<Extended extends T.MessagesGetImportantMessagesParams["extended"] = T.MessagesGetImportantMessagesParams["extended"]> {
  /**
   * Amount of needed important messages.
   */
  count?: T.MessagesGetImportantMessagesParams["count"] & {};
  offset?: T.MessagesGetImportantMessagesParams["offset"] & {};
  start_message_id?: T.MessagesGetImportantMessagesParams["start_message_id"] & {};
  /**
   * Maximum length of messages body.
   */
  preview_length?: T.MessagesGetImportantMessagesParams["preview_length"] & {};
  /**
   * Actors fields to return.
   */
  fields?: T.MessagesGetImportantMessagesParams["fields"] & {};
  /**
   * Return extended properties
   */
  extended?: Extended;
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: T.MessagesGetImportantMessagesParams["group_id"] & {};
}

/**
 * Params of `messages.search` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MessagesSearchCallParams<Extended extends T.MessagesSearchParams["extended"] = T.MessagesSearchParams["extended"]> {
  /**
   * Search query string.
   */
  q?: T.MessagesSearchParams["q"] & {};
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id?: T.MessagesSearchParams["peer_id"] & {};
  /**
   * Date to search message before in Unixtime.
   */
  date?: T.MessagesSearchParams["date"] & {};
  /**
   * Number of characters after which to truncate a previewed message. To preview the full message, specify '0'. "NOTE: Messages are not truncated by default. Messages are truncated by words."
   */
  preview_length?: T.MessagesSearchParams["preview_length"] & {};
  /**
   * Offset needed to return a specific subset of messages.
   */
  offset?: T.MessagesSearchParams["offset"] & {};
  /**
   * Number of messages to return.
   */
  count?: T.MessagesSearchParams["count"] & {};
  extended?: Extended;
  fields?: T.MessagesSearchParams["fields"] & {};
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: T.MessagesSearchParams["group_id"] & {};
}

/**
 * Params of `messages.searchConversations` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface MessagesSearchConversationsCallParams<Extended extends T.MessagesSearchConversationsParams["extended"] = T.MessagesSearchConversationsParams["extended"]> {
  /**
   * Search query string.
   */
  q?: T.MessagesSearchConversationsParams["q"] & {};
  /**
   * Maximum number of results.
   */
  count?: T.MessagesSearchConversationsParams["count"] & {};
  /**
   * '1' - return extra information about users and communities
   */
  extended?: Extended;
  /**
   * Profile fields to return.
   */
  fields?: T.MessagesSearchConversationsParams["fields"] & {};
  /**
   * Group ID (for group messages with user access token)
   */
  group_id?: T.MessagesSearchConversationsParams["group_id"] & {};
}

/**
 * Params of `messages.send` as API clients take them: `random_id` may be left out; `peer_ids` picks the response (schema/response-variants.json).
 */
export interface MessagesSendCallParams<PeerIds extends T.MessagesSendParams["peer_ids"] = T.MessagesSendParams["peer_ids"]> {
  /**
   * User ID (by default - current user).
   */
  user_id?: T.MessagesSendParams["user_id"] & {};
  /**
   * Unique (per sender) ID that keeps VK from sending the message twice. Left out, the client fills in a random one.
   */
  random_id?: T.MessagesSendParams["random_id"];
  /**
   * Destination ID. "For user: 'User ID', e.g. '12345'. For chat: '2000000000' + 'chat_id', e.g. '2000000001'. For community: '- community ID', e.g. '-12345'. "
   */
  peer_id?: T.MessagesSendParams["peer_id"] & {};
  /**
   * IDs of message recipients. (See peer_id)
   */
  peer_ids?: PeerIds;
  /**
   * User's short address (for example, 'illarionov').
   */
  domain?: T.MessagesSendParams["domain"] & {};
  /**
   * ID of conversation the message will relate to.
   */
  chat_id?: T.MessagesSendParams["chat_id"] & {};
  /**
   * (Required if 'attachments' is not set.) Text of the message.
   */
  message?: T.MessagesSendParams["message"] & {};
  /**
   * Geographical latitude of a check-in, in degrees (from -90 to 90).
   */
  lat?: T.MessagesSendParams["lat"] & {};
  /**
   * Geographical longitude of a check-in, in degrees (from -180 to 180).
   */
  long?: T.MessagesSendParams["long"] & {};
  /**
   * (Required if 'message' is not set.) List of objects attached to the message, separated by commas, in the following format: "<owner_id>_<media_id>", '' - Type of media attachment: 'photo' - photo, 'video' - video, 'audio' - audio, 'doc' - document, 'wall' - wall post, '<owner_id>' - ID of the media attachment owner. '<media_id>' - media attachment ID. Example: "photo100172_166443618"
   */
  attachment?: T.MessagesSendParams["attachment"] & {};
  reply_to?: T.MessagesSendParams["reply_to"] & {};
  /**
   * ID of forwarded messages, separated with a comma. Listed messages of the sender will be shown in the message body at the recipient's. Example: "123,431,544"
   */
  forward_messages?: T.MessagesSendParams["forward_messages"] & {};
  /**
   * JSON describing the forwarded message or reply
   */
  forward?: T.MessagesSendParams["forward"] & {};
  /**
   * Sticker id.
   */
  sticker_id?: T.MessagesSendParams["sticker_id"] & {};
  /**
   * Group ID (for group messages with group access token)
   */
  group_id?: T.MessagesSendParams["group_id"] & {};
  keyboard?: T.MessagesSendParams["keyboard"] & {};
  /**
   * Message template (a carousel) as JSON; the message text is required with it
   */
  template?: T.MessagesSendParams["template"] & {};
  payload?: T.MessagesSendParams["payload"] & {};
  /**
   * JSON describing the content source in the message
   */
  content_source?: T.MessagesSendParams["content_source"] & {};
  dont_parse_links?: T.MessagesSendParams["dont_parse_links"] & {};
  disable_mentions?: T.MessagesSendParams["disable_mentions"] & {};
  intent?: T.MessagesSendParams["intent"] & {};
  subscribe_id?: T.MessagesSendParams["subscribe_id"] & {};
}

/**
 * Params of `newsfeed.getBanned` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface NewsfeedGetBannedCallParams<Extended extends T.NewsfeedGetBannedParams["extended"] = T.NewsfeedGetBannedParams["extended"]> {
  /**
   * '1' - return extra information about users and communities
   */
  extended?: Extended;
  /**
   * Profile fields to return.
   */
  fields?: T.NewsfeedGetBannedParams["fields"] & {};
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default), 'gen' - genitive , 'dat' - dative, 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: T.NewsfeedGetBannedParams["name_case"] & {};
}

/**
 * Params of `newsfeed.getLists` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface NewsfeedGetListsCallParams<Extended extends T.NewsfeedGetListsParams["extended"] = T.NewsfeedGetListsParams["extended"]> {
  /**
   * numeric list identifiers.
   */
  list_ids?: T.NewsfeedGetListsParams["list_ids"] & {};
  /**
   * Return additional list info
   */
  extended?: Extended;
}

/**
 * Params of `newsfeed.search` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface NewsfeedSearchCallParams<Extended extends T.NewsfeedSearchParams["extended"] = T.NewsfeedSearchParams["extended"]> {
  /**
   * Search query string (e.g., 'New Year').
   */
  q?: T.NewsfeedSearchParams["q"] & {};
  /**
   * '1' - to return additional information about the user or community that placed the post.
   */
  extended?: Extended;
  /**
   * Number of posts to return.
   */
  count?: T.NewsfeedSearchParams["count"] & {};
  /**
   * Geographical latitude point (in degrees, -90 to 90) within which to search.
   */
  latitude?: T.NewsfeedSearchParams["latitude"] & {};
  /**
   * Geographical longitude point (in degrees, -180 to 180) within which to search.
   */
  longitude?: T.NewsfeedSearchParams["longitude"] & {};
  /**
   * Earliest timestamp (in Unix time) of a news item to return. By default, 24 hours ago.
   */
  start_time?: T.NewsfeedSearchParams["start_time"] & {};
  /**
   * Latest timestamp (in Unix time) of a news item to return. By default, the current time.
   */
  end_time?: T.NewsfeedSearchParams["end_time"] & {};
  start_from?: T.NewsfeedSearchParams["start_from"] & {};
  /**
   * Additional fields of [vk.com/dev/fields|profiles] and [vk.com/dev/fields_groups|communities] to return.
   */
  fields?: T.NewsfeedSearchParams["fields"] & {};
}

/**
 * Params of `photos.getComments` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface PhotosGetCommentsCallParams<Extended extends T.PhotosGetCommentsParams["extended"] = T.PhotosGetCommentsParams["extended"]> {
  /**
   * ID of the user or community that owns the photo.
   */
  owner_id?: T.PhotosGetCommentsParams["owner_id"] & {};
  /**
   * Photo ID.
   */
  photo_id: T.PhotosGetCommentsParams["photo_id"];
  /**
   * '1' - to return an additional 'likes' field, '0' - (default)
   */
  need_likes?: T.PhotosGetCommentsParams["need_likes"] & {};
  start_comment_id?: T.PhotosGetCommentsParams["start_comment_id"] & {};
  /**
   * Offset needed to return a specific subset of comments. By default, '0'.
   */
  offset?: T.PhotosGetCommentsParams["offset"] & {};
  /**
   * Number of comments to return.
   */
  count?: T.PhotosGetCommentsParams["count"] & {};
  /**
   * Sort order: 'asc' - old first, 'desc' - new first
   */
  sort?: T.PhotosGetCommentsParams["sort"] & {};
  access_key?: T.PhotosGetCommentsParams["access_key"] & {};
  extended?: Extended;
  fields?: T.PhotosGetCommentsParams["fields"] & {};
}

/**
 * Params of `polls.getVoters` as API clients take them: `fields` picks the response (schema/response-variants.json).
 */
export interface PollsGetVotersCallParams<Fields extends T.PollsGetVotersParams["fields"] = T.PollsGetVotersParams["fields"]> {
  /**
   * ID of the user or community that owns the poll. Use a negative value to designate a community ID.
   */
  owner_id?: T.PollsGetVotersParams["owner_id"] & {};
  /**
   * Poll ID.
   */
  poll_id: T.PollsGetVotersParams["poll_id"];
  /**
   * Answer IDs.
   */
  answer_ids: T.PollsGetVotersParams["answer_ids"];
  is_board?: T.PollsGetVotersParams["is_board"] & {};
  /**
   * '1' - to return only current user's friends, '0' - to return all users (default),
   */
  friends_only?: T.PollsGetVotersParams["friends_only"] & {};
  /**
   * Offset needed to return a specific subset of voters. '0' - (default)
   */
  offset?: T.PollsGetVotersParams["offset"] & {};
  /**
   * Number of user IDs to return (if the 'friends_only' parameter is not set, maximum '1000', otherwise '10'). '100' - (default)
   */
  count?: T.PollsGetVotersParams["count"] & {};
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate (birthdate)', 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'rate', 'contacts', 'education', 'online', 'counters'.
   */
  fields?: Fields;
  /**
   * Case for declension of user name and surname: , 'nom' - nominative (default) , 'gen' - genitive , 'dat' - dative , 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: T.PollsGetVotersParams["name_case"] & {};
}

/**
 * Params of `stories.getBanned` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface StoriesGetBannedCallParams<Extended extends T.StoriesGetBannedParams["extended"] = T.StoriesGetBannedParams["extended"]> {
  /**
   * '1' - to return additional fields for users and communities. Default value is 0.
   */
  extended?: Extended;
  /**
   * Additional fields to return
   */
  fields?: T.StoriesGetBannedParams["fields"] & {};
}

/**
 * Params of `users.getFollowers` as API clients take them: `fields` picks the response (schema/response-variants.json).
 */
export interface UsersGetFollowersCallParams<Fields extends T.UsersGetFollowersParams["fields"] = T.UsersGetFollowersParams["fields"]> {
  /**
   * User ID.
   */
  user_id?: T.UsersGetFollowersParams["user_id"] & {};
  /**
   * Offset needed to return a specific subset of followers.
   */
  offset?: T.UsersGetFollowersParams["offset"] & {};
  /**
   * Number of followers to return.
   */
  count?: T.UsersGetFollowersParams["count"] & {};
  /**
   * Profile fields to return. Sample values: 'nickname', 'screen_name', 'sex', 'bdate' (birthdate), 'city', 'country', 'timezone', 'photo', 'photo_medium', 'photo_big', 'has_mobile', 'rate', 'contacts', 'education', 'online'.
   */
  fields?: Fields;
  /**
   * Case for declension of user name and surname: 'nom' - nominative (default), 'gen' - genitive , 'dat' - dative, 'acc' - accusative , 'ins' - instrumental , 'abl' - prepositional
   */
  name_case?: T.UsersGetFollowersParams["name_case"] & {};
}

/**
 * Params of `users.getSubscriptions` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface UsersGetSubscriptionsCallParams<Extended extends T.UsersGetSubscriptionsParams["extended"] = T.UsersGetSubscriptionsParams["extended"]> {
  /**
   * User ID.
   */
  user_id?: T.UsersGetSubscriptionsParams["user_id"] & {};
  /**
   * '1' - to return a combined list of users and communities, '0' - to return separate lists of users and communities (default)
   */
  extended?: Extended;
  /**
   * Offset needed to return a specific subset of subscriptions.
   */
  offset?: T.UsersGetSubscriptionsParams["offset"] & {};
  /**
   * Number of users and communities to return.
   */
  count?: T.UsersGetSubscriptionsParams["count"] & {};
  fields?: T.UsersGetSubscriptionsParams["fields"] & {};
}

/**
 * Params of `utils.getLinkStats` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface UtilsGetLinkStatsCallParams<Extended extends T.UtilsGetLinkStatsParams["extended"] = T.UtilsGetLinkStatsParams["extended"]> {
  /**
   * Link key (characters after vk.cc/).
   */
  key: T.UtilsGetLinkStatsParams["key"];
  /**
   * Source of scope
   */
  source?: T.UtilsGetLinkStatsParams["source"] & {};
  /**
   * Access key for private link stats.
   */
  access_key?: T.UtilsGetLinkStatsParams["access_key"] & {};
  /**
   * Interval.
   */
  interval?: T.UtilsGetLinkStatsParams["interval"] & {};
  /**
   * Number of intervals to return.
   */
  intervals_count?: T.UtilsGetLinkStatsParams["intervals_count"] & {};
  /**
   * 1 - to return extended stats data (sex, age, geo). 0 - to return views number only.
   */
  extended?: Extended;
}

/**
 * Params of `video.addToAlbum` as API clients take them: `album_ids` picks the response (schema/response-variants.json).
 */
export interface VideoAddToAlbumCallParams<AlbumIds extends T.VideoAddToAlbumParams["album_ids"] = T.VideoAddToAlbumParams["album_ids"]> {
  target_id?: T.VideoAddToAlbumParams["target_id"] & {};
  album_id?: T.VideoAddToAlbumParams["album_id"] & {};
  album_ids?: AlbumIds;
  owner_id: T.VideoAddToAlbumParams["owner_id"];
  video_id: T.VideoAddToAlbumParams["video_id"];
}

/**
 * Params of `video.getAlbums` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface VideoGetAlbumsCallParams<Extended extends T.VideoGetAlbumsParams["extended"] = T.VideoGetAlbumsParams["extended"]> {
  /**
   * ID of the user or community that owns the video album(s).
   */
  owner_id?: T.VideoGetAlbumsParams["owner_id"] & {};
  /**
   * Offset needed to return a specific subset of video albums.
   */
  offset?: T.VideoGetAlbumsParams["offset"] & {};
  /**
   * Number of video albums to return.
   */
  count?: T.VideoGetAlbumsParams["count"] & {};
  /**
   * '1' - to return additional information about album privacy settings for the current user
   */
  extended?: Extended;
  need_system?: T.VideoGetAlbumsParams["need_system"] & {};
}

/**
 * Params of `video.getAlbumsByVideo` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface VideoGetAlbumsByVideoCallParams<Extended extends T.VideoGetAlbumsByVideoParams["extended"] = T.VideoGetAlbumsByVideoParams["extended"]> {
  target_id?: T.VideoGetAlbumsByVideoParams["target_id"] & {};
  owner_id: T.VideoGetAlbumsByVideoParams["owner_id"];
  video_id: T.VideoGetAlbumsByVideoParams["video_id"];
  extended?: Extended;
}

/**
 * Params of `video.getComments` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface VideoGetCommentsCallParams<Extended extends T.VideoGetCommentsParams["extended"] = T.VideoGetCommentsParams["extended"]> {
  /**
   * ID of the user or community that owns the video.
   */
  owner_id?: T.VideoGetCommentsParams["owner_id"] & {};
  /**
   * Video ID.
   */
  video_id: T.VideoGetCommentsParams["video_id"];
  /**
   * '1' - to return an additional 'likes' field
   */
  need_likes?: T.VideoGetCommentsParams["need_likes"] & {};
  start_comment_id?: T.VideoGetCommentsParams["start_comment_id"] & {};
  /**
   * Offset needed to return a specific subset of comments.
   */
  offset?: T.VideoGetCommentsParams["offset"] & {};
  /**
   * Number of comments to return.
   */
  count?: T.VideoGetCommentsParams["count"] & {};
  /**
   * Sort order: 'asc' - oldest comment first, 'desc' - newest comment first
   */
  sort?: T.VideoGetCommentsParams["sort"] & {};
  extended?: Extended;
  fields?: T.VideoGetCommentsParams["fields"] & {};
  comment_id?: T.VideoGetCommentsParams["comment_id"] & {};
  thread_items_count?: T.VideoGetCommentsParams["thread_items_count"] & {};
}

/**
 * Params of `video.removeFromAlbum` as API clients take them: `album_ids` picks the response (schema/response-variants.json).
 */
export interface VideoRemoveFromAlbumCallParams<AlbumIds extends T.VideoRemoveFromAlbumParams["album_ids"] = T.VideoRemoveFromAlbumParams["album_ids"]> {
  target_id?: T.VideoRemoveFromAlbumParams["target_id"] & {};
  album_id?: T.VideoRemoveFromAlbumParams["album_id"] & {};
  album_ids?: AlbumIds;
  owner_id: T.VideoRemoveFromAlbumParams["owner_id"];
  video_id: T.VideoRemoveFromAlbumParams["video_id"];
}

/**
 * Params of `video.search` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface VideoSearchCallParams<Extended extends T.VideoSearchParams["extended"] = T.VideoSearchParams["extended"]> {
  /**
   * Search query string (e.g., 'The Beatles').
   */
  q?: T.VideoSearchParams["q"] & {};
  /**
   * Sort order: '1' - by duration, '2' - by relevance, '0' - by date added
   */
  sort?: T.VideoSearchParams["sort"] & {};
  /**
   * If not null, only searches for high-definition videos.
   */
  hd?: T.VideoSearchParams["hd"] & {};
  /**
   * '1' - to disable the Safe Search filter, '0' - to enable the Safe Search filter
   */
  adult?: T.VideoSearchParams["adult"] & {};
  live?: T.VideoSearchParams["live"] & {};
  /**
   * Filters to apply: 'youtube' - return YouTube videos only, 'vimeo' - return Vimeo videos only, 'vk' - return VK videos only, 'short' - return short videos only, 'long' - return long videos only
   */
  filters?: T.VideoSearchParams["filters"] & {};
  search_own?: T.VideoSearchParams["search_own"] & {};
  /**
   * Offset needed to return a specific subset of videos.
   */
  offset?: T.VideoSearchParams["offset"] & {};
  longer?: T.VideoSearchParams["longer"] & {};
  shorter?: T.VideoSearchParams["shorter"] & {};
  /**
   * Number of videos to return.
   */
  count?: T.VideoSearchParams["count"] & {};
  extended?: Extended;
  owner_id?: T.VideoSearchParams["owner_id"] & {};
  fields?: T.VideoSearchParams["fields"] & {};
}

/**
 * Params of `wall.get` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface WallGetCallParams<Extended extends T.WallGetParams["extended"] = T.WallGetParams["extended"]> {
  /**
   * User or community short address.
   */
  domain?: T.WallGetParams["domain"] & {};
  /**
   * Offset needed to return a specific subset of posts.
   */
  offset?: T.WallGetParams["offset"] & {};
  /**
   * Number of posts to return (maximum 100).
   */
  count?: T.WallGetParams["count"] & {};
  filter?: T.WallGetParams["filter"] & {};
  /**
   * '1' - to return 'wall', 'profiles', and 'groups' fields, '0' - to return no additional fields (default)
   */
  extended?: Extended;
  fields?: T.WallGetParams["fields"] & {};
}

/**
 * Params of `wall.getById` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface WallGetByIdCallParams<Extended extends T.WallGetByIdParams["extended"] = T.WallGetByIdParams["extended"]> {
  /**
   * User or community IDs and post IDs, separated by underscores. Use a negative value to designate a community ID. Example: "93388_21539,93388_20904,2943_4276,-1_1"
   */
  posts: T.WallGetByIdParams["posts"];
  /**
   * '1' - to return user and community objects needed to display posts, '0' - no additional fields are returned (default)
   */
  extended?: Extended;
  /**
   * Sets the number of parent elements to include in the array 'copy_history' that is returned if the post is a repost from another wall.
   */
  copy_history_depth?: T.WallGetByIdParams["copy_history_depth"] & {};
  fields?: T.WallGetByIdParams["fields"] & {};
}

/**
 * Params of `wall.getComment` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface WallGetCommentCallParams<Extended extends T.WallGetCommentParams["extended"] = T.WallGetCommentParams["extended"]> {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: T.WallGetCommentParams["owner_id"] & {};
  /**
   * Comment ID.
   */
  comment_id: T.WallGetCommentParams["comment_id"];
  extended?: Extended;
  fields?: T.WallGetCommentParams["fields"] & {};
}

/**
 * Params of `wall.getComments` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface WallGetCommentsCallParams<Extended extends T.WallGetCommentsParams["extended"] = T.WallGetCommentsParams["extended"]> {
  /**
   * User ID or community ID. Use a negative value to designate a community ID.
   */
  owner_id?: T.WallGetCommentsParams["owner_id"] & {};
  /**
   * Post ID.
   */
  post_id?: T.WallGetCommentsParams["post_id"] & {};
  /**
   * '1' - to return the 'likes' field, '0' - not to return the 'likes' field (default)
   */
  need_likes?: T.WallGetCommentsParams["need_likes"] & {};
  start_comment_id?: T.WallGetCommentsParams["start_comment_id"] & {};
  /**
   * Offset needed to return a specific subset of comments.
   */
  offset?: T.WallGetCommentsParams["offset"] & {};
  /**
   * Number of comments to return (maximum 100).
   */
  count?: T.WallGetCommentsParams["count"] & {};
  /**
   * Sort order: 'asc' - chronological, 'desc' - reverse chronological
   */
  sort?: T.WallGetCommentsParams["sort"] & {};
  /**
   * Number of characters at which to truncate comments when previewed. By default, '90'. Specify '0' if you do not want to truncate comments.
   */
  preview_length?: T.WallGetCommentsParams["preview_length"] & {};
  extended?: Extended;
  fields?: T.WallGetCommentsParams["fields"] & {};
  /**
   * Comment ID.
   */
  comment_id?: T.WallGetCommentsParams["comment_id"] & {};
  /**
   * Count items in threads.
   */
  thread_items_count?: T.WallGetCommentsParams["thread_items_count"] & {};
}

/**
 * Params of `wall.search` as API clients take them: `extended` picks the response (schema/response-variants.json).
 */
export interface WallSearchCallParams<Extended extends T.WallSearchParams["extended"] = T.WallSearchParams["extended"]> {
  /**
   * user or community screen name.
   */
  domain?: T.WallSearchParams["domain"] & {};
  /**
   * search query string.
   */
  query?: T.WallSearchParams["query"] & {};
  /**
   * '1' - returns only page owner's posts.
   */
  owners_only?: T.WallSearchParams["owners_only"] & {};
  /**
   * count of posts to return.
   */
  count?: T.WallSearchParams["count"] & {};
  /**
   * Offset needed to return a specific subset of posts.
   */
  offset?: T.WallSearchParams["offset"] & {};
  /**
   * show extended post info.
   */
  extended?: Extended;
  fields?: T.WallSearchParams["fields"] & {};
}

/**
 * The `account.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAccountNamespace<O> {
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.ban
   * Guide: https://vkts.github.io/vkts/api/account.html#ban
   */
  ban(params?: T.AccountBanParams, options?: O): Promise<T.AccountBanResponse>;
  /**
   * Changes a user password after access is successfully restored with the [vk.com/dev/auth.restore|auth.restore] method.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.changePassword
   * Guide: https://vkts.github.io/vkts/api/account.html#changePassword
   */
  changePassword(params: T.AccountChangePasswordParams, options?: O): Promise<T.AccountChangePasswordResponse>;
  /**
   * Returns a list of active ads (offers) which executed by the user will bring him/her respective number of votes to his balance in the application.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.getActiveOffers
   * Guide: https://vkts.github.io/vkts/api/account.html#getActiveOffers
   */
  getActiveOffers(params?: T.AccountGetActiveOffersParams, options?: O): Promise<T.AccountGetActiveOffersResponse>;
  /**
   * Gets settings of the user in this application.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.getAppPermissions
   * Guide: https://vkts.github.io/vkts/api/account.html#getAppPermissions
   */
  getAppPermissions(params?: T.AccountGetAppPermissionsParams, options?: O): Promise<T.AccountGetAppPermissionsResponse>;
  /**
   * Returns a user's blacklist.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.getBanned
   * Guide: https://vkts.github.io/vkts/api/account.html#getBanned
   */
  getBanned(params?: T.AccountGetBannedParams, options?: O): Promise<T.AccountGetBannedResponse>;
  /**
   * Returns non-null values of user counters.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.getCounters
   * Guide: https://vkts.github.io/vkts/api/account.html#getCounters
   */
  getCounters(params?: T.AccountGetCountersParams, options?: O): Promise<T.AccountGetCountersResponse>;
  /**
   * Returns current account info.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.getInfo
   * Guide: https://vkts.github.io/vkts/api/account.html#getInfo
   */
  getInfo(params?: T.AccountGetInfoParams, options?: O): Promise<T.AccountGetInfoResponse>;
  /**
   * Returns the current account info.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.getProfileInfo
   * Guide: https://vkts.github.io/vkts/api/account.html#getProfileInfo
   */
  getProfileInfo(params?: T.AccountGetProfileInfoParams, options?: O): Promise<T.AccountGetProfileInfoResponse>;
  /**
   * Gets settings of push notifications.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.getPushSettings
   * Guide: https://vkts.github.io/vkts/api/account.html#getPushSettings
   */
  getPushSettings(params?: T.AccountGetPushSettingsParams, options?: O): Promise<T.AccountGetPushSettingsResponse>;
  /**
   * Subscribes an iOS/Android/Windows Phone-based device to receive push notifications
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.registerDevice
   * Guide: https://vkts.github.io/vkts/api/account.html#registerDevice
   */
  registerDevice(params: T.AccountRegisterDeviceParams, options?: O): Promise<T.AccountRegisterDeviceResponse>;
  /**
   * Edits current profile info.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1260 `api_error_invalid_address`: Invalid screen name
   *
   * VK: https://dev.vk.com/method/account.saveProfileInfo
   * Guide: https://vkts.github.io/vkts/api/account.html#saveProfileInfo
   */
  saveProfileInfo(params?: T.AccountSaveProfileInfoParams, options?: O): Promise<T.AccountSaveProfileInfoResponse>;
  /**
   * Allows to edit the current account info.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.setInfo
   * Guide: https://vkts.github.io/vkts/api/account.html#setInfo
   */
  setInfo(params?: T.AccountSetInfoParams, options?: O): Promise<T.AccountSetInfoResponse>;
  /**
   * Marks a current user as offline.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.setOffline
   * Guide: https://vkts.github.io/vkts/api/account.html#setOffline
   */
  setOffline(params?: T.AccountSetOfflineParams, options?: O): Promise<T.AccountSetOfflineResponse>;
  /**
   * Marks the current user as online for 15 minutes.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.setOnline
   * Guide: https://vkts.github.io/vkts/api/account.html#setOnline
   */
  setOnline(params?: T.AccountSetOnlineParams, options?: O): Promise<T.AccountSetOnlineResponse>;
  /**
   * Change push settings.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.setPushSettings
   * Guide: https://vkts.github.io/vkts/api/account.html#setPushSettings
   */
  setPushSettings(params: T.AccountSetPushSettingsParams, options?: O): Promise<T.AccountSetPushSettingsResponse>;
  /**
   * Mutes push notifications for the set period of time.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.setSilenceMode
   * Guide: https://vkts.github.io/vkts/api/account.html#setSilenceMode
   */
  setSilenceMode(params?: T.AccountSetSilenceModeParams, options?: O): Promise<T.AccountSetSilenceModeResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.unban
   * Guide: https://vkts.github.io/vkts/api/account.html#unban
   */
  unban(params?: T.AccountUnbanParams, options?: O): Promise<T.AccountUnbanResponse>;
  /**
   * Unsubscribes a device from push notifications.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/account.unregisterDevice
   * Guide: https://vkts.github.io/vkts/api/account.html#unregisterDevice
   */
  unregisterDevice(params?: T.AccountUnregisterDeviceParams, options?: O): Promise<T.AccountUnregisterDeviceResponse>;
}

/**
 * The `ads.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAdsNamespace<O> {
  /**
   * Adds managers and/or supervisors to advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.addOfficeUsers
   * Guide: https://vkts.github.io/vkts/api/ads.html#addOfficeUsers
   */
  addOfficeUsers(params: T.AdsAddOfficeUsersParams, options?: O): Promise<T.AdsAddOfficeUsersResponse>;
  /**
   * Allows to check the ad link.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/ads.checkLink
   * Guide: https://vkts.github.io/vkts/api/ads.html#checkLink
   */
  checkLink(params: T.AdsCheckLinkParams, options?: O): Promise<T.AdsCheckLinkResponse>;
  /**
   * Creates ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.createAds
   * Guide: https://vkts.github.io/vkts/api/ads.html#createAds
   */
  createAds(params: T.AdsCreateAdsParams, options?: O): Promise<T.AdsCreateAdsResponse>;
  /**
   * Creates advertising campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.createCampaigns
   * Guide: https://vkts.github.io/vkts/api/ads.html#createCampaigns
   */
  createCampaigns(params: T.AdsCreateCampaignsParams, options?: O): Promise<T.AdsCreateCampaignsResponse>;
  /**
   * Creates clients of an advertising agency.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.createClients
   * Guide: https://vkts.github.io/vkts/api/ads.html#createClients
   */
  createClients(params: T.AdsCreateClientsParams, options?: O): Promise<T.AdsCreateClientsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   * - 630 `api_error_ads_lookalike_request_already_in_progress`: Lookalike request with same source already in progress
   * - 631 `api_error_ads_lookalike_request_max_count_per_day_reached`: Max count of lookalike requests per day reached
   * - 633 `api_error_ads_lookalike_request_audience_too_large`: Given audience is too large
   * - 632 `api_error_ads_lookalike_request_audience_too_small`: Given audience is too small
   *
   * VK: https://dev.vk.com/method/ads.createLookalikeRequest
   * Guide: https://vkts.github.io/vkts/api/ads.html#createLookalikeRequest
   */
  createLookalikeRequest(params: T.AdsCreateLookalikeRequestParams, options?: O): Promise<T.AdsCreateLookalikeRequestResponse>;
  /**
   * Creates a group to re-target ads for users who visited advertiser's site (viewed information about the product, registered, etc.).
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.createTargetGroup
   * Guide: https://vkts.github.io/vkts/api/ads.html#createTargetGroup
   */
  createTargetGroup(params: T.AdsCreateTargetGroupParams, options?: O): Promise<T.AdsCreateTargetGroupResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.createTargetPixel
   * Guide: https://vkts.github.io/vkts/api/ads.html#createTargetPixel
   */
  createTargetPixel(params: T.AdsCreateTargetPixelParams, options?: O): Promise<T.AdsCreateTargetPixelResponse>;
  /**
   * Archives ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 629 `api_error_ads_object_deleted`: Object deleted
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.deleteAds
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteAds
   */
  deleteAds(params: T.AdsDeleteAdsParams, options?: O): Promise<T.AdsDeleteAdsResponse>;
  /**
   * Archives advertising campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 629 `api_error_ads_object_deleted`: Object deleted
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.deleteCampaigns
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteCampaigns
   */
  deleteCampaigns(params: T.AdsDeleteCampaignsParams, options?: O): Promise<T.AdsDeleteCampaignsResponse>;
  /**
   * Archives clients of an advertising agency.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 629 `api_error_ads_object_deleted`: Object deleted
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.deleteClients
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteClients
   */
  deleteClients(params: T.AdsDeleteClientsParams, options?: O): Promise<T.AdsDeleteClientsResponse>;
  /**
   * Deletes a retarget group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.deleteTargetGroup
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteTargetGroup
   */
  deleteTargetGroup(params: T.AdsDeleteTargetGroupParams, options?: O): Promise<T.AdsDeleteTargetGroupResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.deleteTargetPixel
   * Guide: https://vkts.github.io/vkts/api/ads.html#deleteTargetPixel
   */
  deleteTargetPixel(params: T.AdsDeleteTargetPixelParams, options?: O): Promise<T.AdsDeleteTargetPixelResponse>;
  /**
   * Returns a list of advertising accounts.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/ads.getAccounts
   * Guide: https://vkts.github.io/vkts/api/ads.html#getAccounts
   */
  getAccounts(params?: T.AdsGetAccountsParams, options?: O): Promise<T.AdsGetAccountsResponse>;
  /**
   * Returns number of ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getAds
   * Guide: https://vkts.github.io/vkts/api/ads.html#getAds
   */
  getAds(params: T.AdsGetAdsParams, options?: O): Promise<T.AdsGetAdsResponse>;
  /**
   * Returns descriptions of ad layouts.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getAdsLayout
   * Guide: https://vkts.github.io/vkts/api/ads.html#getAdsLayout
   */
  getAdsLayout(params: T.AdsGetAdsLayoutParams, options?: O): Promise<T.AdsGetAdsLayoutResponse>;
  /**
   * Returns ad targeting parameters.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getAdsTargeting
   * Guide: https://vkts.github.io/vkts/api/ads.html#getAdsTargeting
   */
  getAdsTargeting(params: T.AdsGetAdsTargetingParams, options?: O): Promise<T.AdsGetAdsTargetingResponse>;
  /**
   * Returns current budget of the advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getBudget
   * Guide: https://vkts.github.io/vkts/api/ads.html#getBudget
   */
  getBudget(params: T.AdsGetBudgetParams, options?: O): Promise<T.AdsGetBudgetResponse>;
  /**
   * Returns a list of campaigns in an advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getCampaigns
   * Guide: https://vkts.github.io/vkts/api/ads.html#getCampaigns
   */
  getCampaigns(params: T.AdsGetCampaignsParams, options?: O): Promise<T.AdsGetCampaignsResponse>;
  /**
   * Returns a list of possible ad categories.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/ads.getCategories
   * Guide: https://vkts.github.io/vkts/api/ads.html#getCategories
   */
  getCategories(params?: T.AdsGetCategoriesParams, options?: O): Promise<T.AdsGetCategoriesResponse>;
  /**
   * Returns a list of advertising agency's clients.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getClients
   * Guide: https://vkts.github.io/vkts/api/ads.html#getClients
   */
  getClients(params: T.AdsGetClientsParams, options?: O): Promise<T.AdsGetClientsResponse>;
  /**
   * Returns demographics for ads or campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getDemographics
   * Guide: https://vkts.github.io/vkts/api/ads.html#getDemographics
   */
  getDemographics(params: T.AdsGetDemographicsParams, options?: O): Promise<T.AdsGetDemographicsResponse>;
  /**
   * Returns information about current state of a counter - number of remaining runs of methods and time to the next counter nulling in seconds.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/ads.getFloodStats
   * Guide: https://vkts.github.io/vkts/api/ads.html#getFloodStats
   */
  getFloodStats(params: T.AdsGetFloodStatsParams, options?: O): Promise<T.AdsGetFloodStatsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getLookalikeRequests
   * Guide: https://vkts.github.io/vkts/api/ads.html#getLookalikeRequests
   */
  getLookalikeRequests(params: T.AdsGetLookalikeRequestsParams, options?: O): Promise<T.AdsGetLookalikeRequestsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/ads.getMusicians
   * Guide: https://vkts.github.io/vkts/api/ads.html#getMusicians
   */
  getMusicians(params: T.AdsGetMusiciansParams, options?: O): Promise<T.AdsGetMusiciansResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getMusiciansByIds
   * Guide: https://vkts.github.io/vkts/api/ads.html#getMusiciansByIds
   */
  getMusiciansByIds(params: T.AdsGetMusiciansByIdsParams, options?: O): Promise<T.AdsGetMusiciansByIdsResponse>;
  /**
   * Returns a list of managers and supervisors of advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getOfficeUsers
   * Guide: https://vkts.github.io/vkts/api/ads.html#getOfficeUsers
   */
  getOfficeUsers(params: T.AdsGetOfficeUsersParams, options?: O): Promise<T.AdsGetOfficeUsersResponse>;
  /**
   * Returns detailed statistics of promoted posts reach from campaigns and ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getPostsReach
   * Guide: https://vkts.github.io/vkts/api/ads.html#getPostsReach
   */
  getPostsReach(params: T.AdsGetPostsReachParams, options?: O): Promise<T.AdsGetPostsReachResponse>;
  /**
   * Returns a reason of ad rejection for pre-moderation.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getRejectionReason
   * Guide: https://vkts.github.io/vkts/api/ads.html#getRejectionReason
   */
  getRejectionReason(params: T.AdsGetRejectionReasonParams, options?: O): Promise<T.AdsGetRejectionReasonResponse>;
  /**
   * Returns statistics of performance indicators for ads, campaigns, clients or the whole account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getStatistics
   * Guide: https://vkts.github.io/vkts/api/ads.html#getStatistics
   */
  getStatistics(params: T.AdsGetStatisticsParams, options?: O): Promise<T.AdsGetStatisticsResponse>;
  /**
   * Returns a set of auto-suggestions for various targeting parameters.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/ads.getSuggestions
   * Guide: https://vkts.github.io/vkts/api/ads.html#getSuggestions
   */
  getSuggestions<Section extends T.AdsGetSuggestionsParams["section"]>(params: AdsGetSuggestionsCallParams<Section>, options?: O): Promise<[Section] extends [undefined] ? T.AdsGetSuggestionsResponse : [Section] extends ["regions"] ? T.AdsGetSuggestionsRegionsResponse : ([Exclude<Section, undefined> & "regions"] extends [never] ? never : T.AdsGetSuggestionsRegionsResponse) | ([Section] extends ["cities" | "districts" | "streets"] ? T.AdsGetSuggestionsCitiesResponse : ([Exclude<Section, undefined> & ("cities" | "districts" | "streets")] extends [never] ? never : T.AdsGetSuggestionsCitiesResponse) | ([Section] extends ["schools"] ? T.AdsGetSuggestionsSchoolsResponse : ([Exclude<Section, undefined> & "schools"] extends [never] ? never : T.AdsGetSuggestionsSchoolsResponse) | T.AdsGetSuggestionsResponse))>;
  /**
   * Returns a list of target groups.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getTargetGroups
   * Guide: https://vkts.github.io/vkts/api/ads.html#getTargetGroups
   */
  getTargetGroups(params: T.AdsGetTargetGroupsParams, options?: O): Promise<T.AdsGetTargetGroupsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getTargetPixels
   * Guide: https://vkts.github.io/vkts/api/ads.html#getTargetPixels
   */
  getTargetPixels(params: T.AdsGetTargetPixelsParams, options?: O): Promise<T.AdsGetTargetPixelsResponse>;
  /**
   * Returns the size of targeting audience, and also recommended values for CPC and CPM.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.getTargetingStats
   * Guide: https://vkts.github.io/vkts/api/ads.html#getTargetingStats
   */
  getTargetingStats(params: T.AdsGetTargetingStatsParams, options?: O): Promise<T.AdsGetTargetingStatsResponse>;
  /**
   * Returns URL to upload an ad photo to.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/ads.getUploadURL
   * Guide: https://vkts.github.io/vkts/api/ads.html#getUploadURL
   */
  getUploadURL(params: T.AdsGetUploadURLParams, options?: O): Promise<T.AdsGetUploadURLResponse>;
  /**
   * Returns URL to upload an ad video to.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/ads.getVideoUploadURL
   * Guide: https://vkts.github.io/vkts/api/ads.html#getVideoUploadURL
   */
  getVideoUploadURL(params?: T.AdsGetVideoUploadURLParams, options?: O): Promise<T.AdsGetVideoUploadURLResponse>;
  /**
   * Imports a list of advertiser's contacts to count VK registered users against the target group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.importTargetContacts
   * Guide: https://vkts.github.io/vkts/api/ads.html#importTargetContacts
   */
  importTargetContacts(params: T.AdsImportTargetContactsParams, options?: O): Promise<T.AdsImportTargetContactsResponse>;
  /**
   * Removes managers and/or supervisors from advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.removeOfficeUsers
   * Guide: https://vkts.github.io/vkts/api/ads.html#removeOfficeUsers
   */
  removeOfficeUsers(params: T.AdsRemoveOfficeUsersParams, options?: O): Promise<T.AdsRemoveOfficeUsersResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.removeTargetContacts
   * Guide: https://vkts.github.io/vkts/api/ads.html#removeTargetContacts
   */
  removeTargetContacts(params: T.AdsRemoveTargetContactsParams, options?: O): Promise<T.AdsRemoveTargetContactsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   * - 634 `api_error_ads_lookalike_request_export_already_in_progress`: Lookalike request audience save already in progress
   * - 635 `api_error_ads_lookalike_request_export_max_count_per_day_reached`: Max count of lookalike request audience saves per day reached
   * - 636 `api_error_ads_lookalike_request_export_retargeting_group_limit`: Max count of retargeting groups reached
   *
   * VK: https://dev.vk.com/method/ads.saveLookalikeRequestResult
   * Guide: https://vkts.github.io/vkts/api/ads.html#saveLookalikeRequestResult
   */
  saveLookalikeRequestResult(params: T.AdsSaveLookalikeRequestResultParams, options?: O): Promise<T.AdsSaveLookalikeRequestResultResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.shareTargetGroup
   * Guide: https://vkts.github.io/vkts/api/ads.html#shareTargetGroup
   */
  shareTargetGroup(params: T.AdsShareTargetGroupParams, options?: O): Promise<T.AdsShareTargetGroupResponse>;
  /**
   * Edits ads.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.updateAds
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateAds
   */
  updateAds(params: T.AdsUpdateAdsParams, options?: O): Promise<T.AdsUpdateAdsResponse>;
  /**
   * Edits advertising campaigns.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 602 `api_error_ads_partial_success`: Some part of the request has not been completed
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.updateCampaigns
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateCampaigns
   */
  updateCampaigns(params: T.AdsUpdateCampaignsParams, options?: O): Promise<T.AdsUpdateCampaignsResponse>;
  /**
   * Edits clients of an advertising agency.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.updateClients
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateClients
   */
  updateClients(params: T.AdsUpdateClientsParams, options?: O): Promise<T.AdsUpdateClientsResponse>;
  /**
   * Adds managers and/or supervisors to advertising account.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.updateOfficeUsers
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateOfficeUsers
   */
  updateOfficeUsers(params: T.AdsUpdateOfficeUsersParams, options?: O): Promise<T.AdsUpdateOfficeUsersResponse>;
  /**
   * Edits a retarget group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.updateTargetGroup
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateTargetGroup
   */
  updateTargetGroup(params: T.AdsUpdateTargetGroupParams, options?: O): Promise<T.AdsUpdateTargetGroupResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 601 `api_error_weighted_flood`: Permission denied. You have requested too many actions this day. Try later.
   *
   * VK: https://dev.vk.com/method/ads.updateTargetPixel
   * Guide: https://vkts.github.io/vkts/api/ads.html#updateTargetPixel
   */
  updateTargetPixel(params: T.AdsUpdateTargetPixelParams, options?: O): Promise<T.AdsUpdateTargetPixelResponse>;
}

/**
 * The `appWidgets.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAppWidgetsNamespace<O> {
  /**
   * Returns a URL for uploading a photo to the community collection for community app widgets
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/appWidgets.getAppImageUploadServer
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getAppImageUploadServer
   */
  getAppImageUploadServer(params: T.AppWidgetsGetAppImageUploadServerParams, options?: O): Promise<T.AppWidgetsGetAppImageUploadServerResponse>;
  /**
   * Returns an app collection of images for community app widgets
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/appWidgets.getAppImages
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getAppImages
   */
  getAppImages(params?: T.AppWidgetsGetAppImagesParams, options?: O): Promise<T.AppWidgetsGetAppImagesResponse>;
  /**
   * Returns a URL for uploading a photo to the community collection for community app widgets
   *
   * Token types: group.
   *
   * VK: https://dev.vk.com/method/appWidgets.getGroupImageUploadServer
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getGroupImageUploadServer
   */
  getGroupImageUploadServer(params: T.AppWidgetsGetGroupImageUploadServerParams, options?: O): Promise<T.AppWidgetsGetGroupImageUploadServerResponse>;
  /**
   * Returns a community collection of images for community app widgets
   *
   * Token types: group.
   *
   * VK: https://dev.vk.com/method/appWidgets.getGroupImages
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getGroupImages
   */
  getGroupImages(params?: T.AppWidgetsGetGroupImagesParams, options?: O): Promise<T.AppWidgetsGetGroupImagesResponse>;
  /**
   * Returns an image for community app widgets by its ID
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/appWidgets.getImagesById
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#getImagesById
   */
  getImagesById(params: T.AppWidgetsGetImagesByIdParams, options?: O): Promise<T.AppWidgetsGetImagesByIdResponse>;
  /**
   * Allows to save image into app collection for community app widgets
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * VK: https://dev.vk.com/method/appWidgets.saveAppImage
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#saveAppImage
   */
  saveAppImage(params: T.AppWidgetsSaveAppImageParams, options?: O): Promise<T.AppWidgetsSaveAppImageResponse>;
  /**
   * Allows to save image into community collection for community app widgets
   *
   * Token types: group.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * VK: https://dev.vk.com/method/appWidgets.saveGroupImage
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#saveGroupImage
   */
  saveGroupImage(params: T.AppWidgetsSaveGroupImageParams, options?: O): Promise<T.AppWidgetsSaveGroupImageResponse>;
  /**
   * Allows to update community app widget
   *
   * Token types: group.
   *
   * Errors (besides the global ones):
   * - 12 `api_error_compile`: Unable to compile code
   * - 19 `api_error_blocked`: Content blocked
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   * - 125 `api_error_param_group_id`: Invalid group id
   *
   * VK: https://dev.vk.com/method/appWidgets.update
   * Guide: https://vkts.github.io/vkts/api/appWidgets.html#update
   */
  update(params: T.AppWidgetsUpdateParams, options?: O): Promise<T.AppWidgetsUpdateResponse>;
}

/**
 * The `apps.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAppsNamespace<O> {
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 11003 `api_error_apps_empty_filter_params`: Empty filter params
   * - 11004 `api_error_apps_empty_snippet_data`: Empty snippet data
   * - 11005 `api_error_apps_too_many_snippets`: Too many snippets
   * - 11006 `api_error_apps_not_found_snippet`: Not found snippet
   *
   * VK: https://dev.vk.com/method/apps.addSnippet
   * Guide: https://vkts.github.io/vkts/api/apps.html#addSnippet
   */
  addSnippet(params?: T.AppsAddSnippetParams, options?: O): Promise<T.AppsAddSnippetResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/apps.addUsersToTestingGroup
   * Guide: https://vkts.github.io/vkts/api/apps.html#addUsersToTestingGroup
   */
  addUsersToTestingGroup(params: T.AppsAddUsersToTestingGroupParams, options?: O): Promise<T.AppsAddUsersToTestingGroupResponse>;
  /**
   * Deletes all request notifications from the current app.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/apps.deleteAppRequests
   * Guide: https://vkts.github.io/vkts/api/apps.html#deleteAppRequests
   */
  deleteAppRequests(params?: T.AppsDeleteAppRequestsParams, options?: O): Promise<T.AppsDeleteAppRequestsResponse>;
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 11006 `api_error_apps_not_found_snippet`: Not found snippet
   *
   * VK: https://dev.vk.com/method/apps.deleteSnippet
   * Guide: https://vkts.github.io/vkts/api/apps.html#deleteSnippet
   */
  deleteSnippet(params?: T.AppsDeleteSnippetParams, options?: O): Promise<T.AppsDeleteSnippetResponse>;
  /**
   * Returns applications data.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/apps.get
   * Guide: https://vkts.github.io/vkts/api/apps.html#get
   */
  get(params?: T.AppsGetParams, options?: O): Promise<T.AppsGetResponse>;
  /**
   * Returns a list of applications (apps) available to users in the App Catalog.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/apps.getCatalog
   * Guide: https://vkts.github.io/vkts/api/apps.html#getCatalog
   */
  getCatalog(params?: T.AppsGetCatalogParams, options?: O): Promise<T.AppsGetCatalogResponse>;
  /**
   * Creates friends list for requests and invites in current app.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/apps.getFriendsList
   * Guide: https://vkts.github.io/vkts/api/apps.html#getFriendsList
   */
  getFriendsList<Extended extends T.AppsGetFriendsListParams["extended"] = undefined>(params?: AppsGetFriendsListCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.AppsGetFriendsListResponse : [Extended] extends [1 | true] ? T.AppsGetFriendsListExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.AppsGetFriendsListExtendedResponse) | T.AppsGetFriendsListResponse>;
  /**
   * Returns players rating in the game.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/apps.getLeaderboard
   * Guide: https://vkts.github.io/vkts/api/apps.html#getLeaderboard
   */
  getLeaderboard<Extended extends T.AppsGetLeaderboardParams["extended"] = undefined>(params: AppsGetLeaderboardCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.AppsGetLeaderboardResponse : [Extended] extends [1 | true] ? T.AppsGetLeaderboardExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.AppsGetLeaderboardExtendedResponse) | T.AppsGetLeaderboardResponse>;
  /**
   * Returns policies and terms given to a mini app.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/apps.getMiniAppPolicies
   * Guide: https://vkts.github.io/vkts/api/apps.html#getMiniAppPolicies
   */
  getMiniAppPolicies(params: T.AppsGetMiniAppPoliciesParams, options?: O): Promise<T.AppsGetMiniAppPoliciesResponse>;
  /**
   * Returns scopes for auth
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/apps.getScopes
   * Guide: https://vkts.github.io/vkts/api/apps.html#getScopes
   */
  getScopes(params?: T.AppsGetScopesParams, options?: O): Promise<T.AppsGetScopesResponse>;
  /**
   * Returns user score in app
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/apps.getScore
   * Guide: https://vkts.github.io/vkts/api/apps.html#getScore
   */
  getScore(params?: T.AppsGetScoreParams, options?: O): Promise<T.AppsGetScoreResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/apps.getSnippets
   * Guide: https://vkts.github.io/vkts/api/apps.html#getSnippets
   */
  getSnippets(params?: T.AppsGetSnippetsParams, options?: O): Promise<T.AppsGetSnippetsResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/apps.getTestingGroups
   * Guide: https://vkts.github.io/vkts/api/apps.html#getTestingGroups
   */
  getTestingGroups(params?: T.AppsGetTestingGroupsParams, options?: O): Promise<T.AppsGetTestingGroupsResponse>;
  /**
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/apps.isNotificationsAllowed
   * Guide: https://vkts.github.io/vkts/api/apps.html#isNotificationsAllowed
   */
  isNotificationsAllowed(params?: T.AppsIsNotificationsAllowedParams, options?: O): Promise<T.AppsIsNotificationsAllowedResponse>;
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * VK: https://dev.vk.com/method/apps.promoHasActiveGift
   * Guide: https://vkts.github.io/vkts/api/apps.html#promoHasActiveGift
   */
  promoHasActiveGift(params: T.AppsPromoHasActiveGiftParams, options?: O): Promise<T.AppsPromoHasActiveGiftResponse>;
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * VK: https://dev.vk.com/method/apps.promoUseGift
   * Guide: https://vkts.github.io/vkts/api/apps.html#promoUseGift
   */
  promoUseGift(params: T.AppsPromoUseGiftParams, options?: O): Promise<T.AppsPromoUseGiftResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/apps.removeTestingGroup
   * Guide: https://vkts.github.io/vkts/api/apps.html#removeTestingGroup
   */
  removeTestingGroup(params: T.AppsRemoveTestingGroupParams, options?: O): Promise<T.AppsRemoveTestingGroupResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/apps.removeUsersFromTestingGroups
   * Guide: https://vkts.github.io/vkts/api/apps.html#removeUsersFromTestingGroups
   */
  removeUsersFromTestingGroups(params: T.AppsRemoveUsersFromTestingGroupsParams, options?: O): Promise<T.AppsRemoveUsersFromTestingGroupsResponse>;
  /**
   * Sends a request to another user in an app that uses VK authorization.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/apps.sendRequest
   * Guide: https://vkts.github.io/vkts/api/apps.html#sendRequest
   */
  sendRequest(params: T.AppsSendRequestParams, options?: O): Promise<T.AppsSendRequestResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/apps.updateMetaForTestingGroup
   * Guide: https://vkts.github.io/vkts/api/apps.html#updateMetaForTestingGroup
   */
  updateMetaForTestingGroup(params: T.AppsUpdateMetaForTestingGroupParams, options?: O): Promise<T.AppsUpdateMetaForTestingGroupResponse>;
}

/**
 * The `auth.*` methods. `O` is the client's per-call options type.
 */
export interface ApiAuthNamespace<O> {
  /**
   * Allows to restore account access using a code received via SMS. " This method is only available for apps with [vk.com/dev/auth_direct|Direct authorization] access. "
   *
   * Token types: user, open, service.
   *
   * Errors (besides the global ones):
   * - 1105 `api_error_auth_flood_error`: Too many auth attempts, try again later
   *
   * VK: https://dev.vk.com/method/auth.restore
   * Guide: https://vkts.github.io/vkts/api/auth.html#restore
   */
  restore(params: T.AuthRestoreParams, options?: O): Promise<T.AuthRestoreResponse>;
}

/**
 * The `board.*` methods. `O` is the client's per-call options type.
 */
export interface ApiBoardNamespace<O> {
  /**
   * Creates a new topic on a community's discussion board.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * VK: https://dev.vk.com/method/board.addTopic
   * Guide: https://vkts.github.io/vkts/api/board.html#addTopic
   */
  addTopic(params: T.BoardAddTopicParams, options?: O): Promise<T.BoardAddTopicResponse>;
  /**
   * Closes a topic on a community's discussion board so that comments cannot be posted.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/board.closeTopic
   * Guide: https://vkts.github.io/vkts/api/board.html#closeTopic
   */
  closeTopic(params: T.BoardCloseTopicParams, options?: O): Promise<T.BoardCloseTopicResponse>;
  /**
   * Adds a comment on a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/board.createComment
   * Guide: https://vkts.github.io/vkts/api/board.html#createComment
   */
  createComment(params: T.BoardCreateCommentParams, options?: O): Promise<T.BoardCreateCommentResponse>;
  /**
   * Deletes a comment on a topic on a community's discussion board.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/board.deleteComment
   * Guide: https://vkts.github.io/vkts/api/board.html#deleteComment
   */
  deleteComment(params: T.BoardDeleteCommentParams, options?: O): Promise<T.BoardDeleteCommentResponse>;
  /**
   * Deletes a topic from a community's discussion board.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/board.deleteTopic
   * Guide: https://vkts.github.io/vkts/api/board.html#deleteTopic
   */
  deleteTopic(params: T.BoardDeleteTopicParams, options?: O): Promise<T.BoardDeleteTopicResponse>;
  /**
   * Edits a comment on a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/board.editComment
   * Guide: https://vkts.github.io/vkts/api/board.html#editComment
   */
  editComment(params: T.BoardEditCommentParams, options?: O): Promise<T.BoardEditCommentResponse>;
  /**
   * Edits the title of a topic on a community's discussion board.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/board.editTopic
   * Guide: https://vkts.github.io/vkts/api/board.html#editTopic
   */
  editTopic(params: T.BoardEditTopicParams, options?: O): Promise<T.BoardEditTopicResponse>;
  /**
   * Pins a topic (fixes its place) to the top of a community's discussion board.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/board.fixTopic
   * Guide: https://vkts.github.io/vkts/api/board.html#fixTopic
   */
  fixTopic(params: T.BoardFixTopicParams, options?: O): Promise<T.BoardFixTopicResponse>;
  /**
   * Returns a list of comments on a topic on a community's discussion board.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/board.getComments
   * Guide: https://vkts.github.io/vkts/api/board.html#getComments
   */
  getComments<Extended extends T.BoardGetCommentsParams["extended"] = undefined>(params: BoardGetCommentsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.BoardGetCommentsResponse : [Extended] extends [1 | true] ? T.BoardGetCommentsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.BoardGetCommentsExtendedResponse) | T.BoardGetCommentsResponse>;
  /**
   * Returns a list of topics on a community's discussion board.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/board.getTopics
   * Guide: https://vkts.github.io/vkts/api/board.html#getTopics
   */
  getTopics<Extended extends T.BoardGetTopicsParams["extended"] = undefined>(params: BoardGetTopicsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.BoardGetTopicsResponse : [Extended] extends [1 | true] ? T.BoardGetTopicsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.BoardGetTopicsExtendedResponse) | T.BoardGetTopicsResponse>;
  /**
   * Re-opens a previously closed topic on a community's discussion board.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/board.openTopic
   * Guide: https://vkts.github.io/vkts/api/board.html#openTopic
   */
  openTopic(params: T.BoardOpenTopicParams, options?: O): Promise<T.BoardOpenTopicResponse>;
  /**
   * Restores a comment deleted from a topic on a community's discussion board.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/board.restoreComment
   * Guide: https://vkts.github.io/vkts/api/board.html#restoreComment
   */
  restoreComment(params: T.BoardRestoreCommentParams, options?: O): Promise<T.BoardRestoreCommentResponse>;
  /**
   * Unpins a pinned topic from the top of a community's discussion board.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/board.unfixTopic
   * Guide: https://vkts.github.io/vkts/api/board.html#unfixTopic
   */
  unfixTopic(params: T.BoardUnfixTopicParams, options?: O): Promise<T.BoardUnfixTopicResponse>;
}

/**
 * The `bugtracker.*` methods. `O` is the client's per-call options type.
 */
export interface ApiBugtrackerNamespace<O> {
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/bugtracker.addCompanyGroupsMembers
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#addCompanyGroupsMembers
   */
  addCompanyGroupsMembers(params: T.BugtrackerAddCompanyGroupsMembersParams, options?: O): Promise<T.BugtrackerAddCompanyGroupsMembersResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/bugtracker.addCompanyMembers
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#addCompanyMembers
   */
  addCompanyMembers(params: T.BugtrackerAddCompanyMembersParams, options?: O): Promise<T.BugtrackerAddCompanyMembersResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * VK: https://dev.vk.com/method/bugtracker.changeBugreportStatus
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#changeBugreportStatus
   */
  changeBugreportStatus(params: T.BugtrackerChangeBugreportStatusParams, options?: O): Promise<T.BugtrackerChangeBugreportStatusResponse>;
  /**
   * Creates the comment to bugreport
   *
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 122 `api_error_param_photos`: Invalid photos
   *
   * VK: https://dev.vk.com/method/bugtracker.createComment
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#createComment
   */
  createComment(params: T.BugtrackerCreateCommentParams, options?: O): Promise<T.BugtrackerCreateCommentResponse>;
  /**
   * Returns extended bugreport data
   *
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/bugtracker.getBugreportById
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getBugreportById
   */
  getBugreportById(params: T.BugtrackerGetBugreportByIdParams, options?: O): Promise<T.BugtrackerGetBugreportByIdResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/bugtracker.getCompanyGroupMembers
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getCompanyGroupMembers
   */
  getCompanyGroupMembers(params: T.BugtrackerGetCompanyGroupMembersParams, options?: O): Promise<T.BugtrackerGetCompanyGroupMembersResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/bugtracker.getCompanyMembers
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getCompanyMembers
   */
  getCompanyMembers(params: T.BugtrackerGetCompanyMembersParams, options?: O): Promise<T.BugtrackerGetCompanyMembersResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * VK: https://dev.vk.com/method/bugtracker.getDownloadVersionUrl
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getDownloadVersionUrl
   */
  getDownloadVersionUrl(params: T.BugtrackerGetDownloadVersionUrlParams, options?: O): Promise<T.BugtrackerGetDownloadVersionUrlResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/bugtracker.getProductBuildUploadServer
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#getProductBuildUploadServer
   */
  getProductBuildUploadServer(params: T.BugtrackerGetProductBuildUploadServerParams, options?: O): Promise<T.BugtrackerGetProductBuildUploadServerResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/bugtracker.removeCompanyGroupMember
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#removeCompanyGroupMember
   */
  removeCompanyGroupMember(params: T.BugtrackerRemoveCompanyGroupMemberParams, options?: O): Promise<T.BugtrackerRemoveCompanyGroupMemberResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/bugtracker.removeCompanyMember
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#removeCompanyMember
   */
  removeCompanyMember(params: T.BugtrackerRemoveCompanyMemberParams, options?: O): Promise<T.BugtrackerRemoveCompanyMemberResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/bugtracker.saveProductVersion
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#saveProductVersion
   */
  saveProductVersion(params: T.BugtrackerSaveProductVersionParams, options?: O): Promise<T.BugtrackerSaveProductVersionResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/bugtracker.setCompanyMemberRole
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#setCompanyMemberRole
   */
  setCompanyMemberRole(params: T.BugtrackerSetCompanyMemberRoleParams, options?: O): Promise<T.BugtrackerSetCompanyMemberRoleResponse>;
  /**
   * Token types: none listed in the schema.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * VK: https://dev.vk.com/method/bugtracker.setProductIsOver
   * Guide: https://vkts.github.io/vkts/api/bugtracker.html#setProductIsOver
   */
  setProductIsOver(params: T.BugtrackerSetProductIsOverParams, options?: O): Promise<T.BugtrackerSetProductIsOverResponse>;
}

/**
 * The `calls.*` methods. `O` is the client's per-call options type.
 */
export interface ApiCallsNamespace<O> {
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/calls.forceFinish
   * Guide: https://vkts.github.io/vkts/api/calls.html#forceFinish
   */
  forceFinish(params: T.CallsForceFinishParams, options?: O): Promise<T.CallsForceFinishResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/calls.start
   * Guide: https://vkts.github.io/vkts/api/calls.html#start
   */
  start(params?: T.CallsStartParams, options?: O): Promise<T.CallsStartResponse>;
}

/**
 * The `database.*` methods. `O` is the client's per-call options type.
 */
export interface ApiDatabaseNamespace<O> {
  /**
   * Returns list of chairs on a specified faculty.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getChairs
   * Guide: https://vkts.github.io/vkts/api/database.html#getChairs
   */
  getChairs(params: T.DatabaseGetChairsParams, options?: O): Promise<T.DatabaseGetChairsResponse>;
  /**
   * Returns a list of cities.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/database.getCities
   * Guide: https://vkts.github.io/vkts/api/database.html#getCities
   */
  getCities(params?: T.DatabaseGetCitiesParams, options?: O): Promise<T.DatabaseGetCitiesResponse>;
  /**
   * Returns information about cities by their IDs.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getCitiesById
   * Guide: https://vkts.github.io/vkts/api/database.html#getCitiesById
   */
  getCitiesById(params?: T.DatabaseGetCitiesByIdParams, options?: O): Promise<T.DatabaseGetCitiesByIdResponse>;
  /**
   * Returns a list of countries.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/database.getCountries
   * Guide: https://vkts.github.io/vkts/api/database.html#getCountries
   */
  getCountries(params?: T.DatabaseGetCountriesParams, options?: O): Promise<T.DatabaseGetCountriesResponse>;
  /**
   * Returns information about countries by their IDs.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getCountriesById
   * Guide: https://vkts.github.io/vkts/api/database.html#getCountriesById
   */
  getCountriesById(params?: T.DatabaseGetCountriesByIdParams, options?: O): Promise<T.DatabaseGetCountriesByIdResponse>;
  /**
   * Returns a list of faculties (i.e., university departments).
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getFaculties
   * Guide: https://vkts.github.io/vkts/api/database.html#getFaculties
   */
  getFaculties(params: T.DatabaseGetFacultiesParams, options?: O): Promise<T.DatabaseGetFacultiesResponse>;
  /**
   * Get metro stations by city
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getMetroStations
   * Guide: https://vkts.github.io/vkts/api/database.html#getMetroStations
   */
  getMetroStations(params: T.DatabaseGetMetroStationsParams, options?: O): Promise<T.DatabaseGetMetroStationsResponse>;
  /**
   * Get metro station by his id
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getMetroStationsById
   * Guide: https://vkts.github.io/vkts/api/database.html#getMetroStationsById
   */
  getMetroStationsById(params?: T.DatabaseGetMetroStationsByIdParams, options?: O): Promise<T.DatabaseGetMetroStationsByIdResponse>;
  /**
   * Returns a list of regions.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getRegions
   * Guide: https://vkts.github.io/vkts/api/database.html#getRegions
   */
  getRegions(params?: T.DatabaseGetRegionsParams, options?: O): Promise<T.DatabaseGetRegionsResponse>;
  /**
   * Returns a list of school classes specified for the country.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getSchoolClasses
   * Guide: https://vkts.github.io/vkts/api/database.html#getSchoolClasses
   */
  getSchoolClasses(params?: T.DatabaseGetSchoolClassesParams, options?: O): Promise<T.DatabaseGetSchoolClassesResponse>;
  /**
   * Returns a list of schools.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getSchools
   * Guide: https://vkts.github.io/vkts/api/database.html#getSchools
   */
  getSchools(params: T.DatabaseGetSchoolsParams, options?: O): Promise<T.DatabaseGetSchoolsResponse>;
  /**
   * Returns a list of higher education institutions.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/database.getUniversities
   * Guide: https://vkts.github.io/vkts/api/database.html#getUniversities
   */
  getUniversities(params?: T.DatabaseGetUniversitiesParams, options?: O): Promise<T.DatabaseGetUniversitiesResponse>;
}

/**
 * The `docs.*` methods. `O` is the client's per-call options type.
 */
export interface ApiDocsNamespace<O> {
  /**
   * Copies a document to a user's or community's document list.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/docs.add
   * Guide: https://vkts.github.io/vkts/api/docs.html#add
   */
  add(params: T.DocsAddParams, options?: O): Promise<T.DocsAddResponse>;
  /**
   * Deletes a user or community document.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1151 `api_error_param_doc_delete_access`: Access to document deleting is denied
   * - 1150 `api_error_param_doc_id`: Invalid document id
   *
   * VK: https://dev.vk.com/method/docs.delete
   * Guide: https://vkts.github.io/vkts/api/docs.html#delete
   */
  delete(params: T.DocsDeleteParams, options?: O): Promise<T.DocsDeleteResponse>;
  /**
   * Edits a document.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1153 `api_error_param_doc_access`: Access to document is denied
   * - 1150 `api_error_param_doc_id`: Invalid document id
   * - 1152 `api_error_param_doc_title`: Invalid document title
   *
   * VK: https://dev.vk.com/method/docs.edit
   * Guide: https://vkts.github.io/vkts/api/docs.html#edit
   */
  edit(params: T.DocsEditParams, options?: O): Promise<T.DocsEditResponse>;
  /**
   * Returns detailed information about user or community documents.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/docs.get
   * Guide: https://vkts.github.io/vkts/api/docs.html#get
   */
  get(params?: T.DocsGetParams, options?: O): Promise<T.DocsGetResponse>;
  /**
   * Returns information about documents by their IDs.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/docs.getById
   * Guide: https://vkts.github.io/vkts/api/docs.html#getById
   */
  getById(params: T.DocsGetByIdParams, options?: O): Promise<T.DocsGetByIdResponse>;
  /**
   * Returns the server address for document upload.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * VK: https://dev.vk.com/method/docs.getMessagesUploadServer
   * Guide: https://vkts.github.io/vkts/api/docs.html#getMessagesUploadServer
   */
  getMessagesUploadServer(params?: T.DocsGetMessagesUploadServerParams, options?: O): Promise<T.DocsGetMessagesUploadServerResponse>;
  /**
   * Returns documents types available for current user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/docs.getTypes
   * Guide: https://vkts.github.io/vkts/api/docs.html#getTypes
   */
  getTypes(params?: T.DocsGetTypesParams, options?: O): Promise<T.DocsGetTypesResponse>;
  /**
   * Returns the server address for document upload.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/docs.getUploadServer
   * Guide: https://vkts.github.io/vkts/api/docs.html#getUploadServer
   */
  getUploadServer(params?: T.DocsGetUploadServerParams, options?: O): Promise<T.DocsGetUploadServerResponse>;
  /**
   * Returns the server address for document upload onto a user's or community's wall.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/docs.getWallUploadServer
   * Guide: https://vkts.github.io/vkts/api/docs.html#getWallUploadServer
   */
  getWallUploadServer(params?: T.DocsGetWallUploadServerParams, options?: O): Promise<T.DocsGetWallUploadServerResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1154 `api_error_param_doc_restore_access`: Access to document restoring is denied
   * - 1155 `api_error_param_doc_restore_timeout`: Document was deleted too long ago
   *
   * VK: https://dev.vk.com/method/docs.restore
   * Guide: https://vkts.github.io/vkts/api/docs.html#restore
   */
  restore(params: T.DocsRestoreParams, options?: O): Promise<T.DocsRestoreResponse>;
  /**
   * Saves a document after [vk.com/dev/upload_files_2|uploading it to a server].
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 105 `api_error_save_file`: Couldn't save file
   *
   * VK: https://dev.vk.com/method/docs.save
   * Guide: https://vkts.github.io/vkts/api/docs.html#save
   */
  save(params: T.DocsSaveParams, options?: O): Promise<T.DocsSaveResponse>;
  /**
   * Returns a list of documents matching the search criteria.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/docs.search
   * Guide: https://vkts.github.io/vkts/api/docs.html#search
   */
  search(params?: T.DocsSearchParams, options?: O): Promise<T.DocsSearchResponse>;
}

/**
 * The `donut.*` methods. `O` is the client's per-call options type.
 */
export interface ApiDonutNamespace<O> {
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/donut.getFriends
   * Guide: https://vkts.github.io/vkts/api/donut.html#getFriends
   */
  getFriends(params: T.DonutGetFriendsParams, options?: O): Promise<T.DonutGetFriendsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/donut.getSubscription
   * Guide: https://vkts.github.io/vkts/api/donut.html#getSubscription
   */
  getSubscription(params: T.DonutGetSubscriptionParams, options?: O): Promise<T.DonutGetSubscriptionResponse>;
  /**
   * Returns a list of user's VK Donut subscriptions.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/donut.getSubscriptions
   * Guide: https://vkts.github.io/vkts/api/donut.html#getSubscriptions
   */
  getSubscriptions(params?: T.DonutGetSubscriptionsParams, options?: O): Promise<T.DonutGetSubscriptionsResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/donut.isDon
   * Guide: https://vkts.github.io/vkts/api/donut.html#isDon
   */
  isDon(params: T.DonutIsDonParams, options?: O): Promise<T.DonutIsDonResponse>;
}

/**
 * The `downloadedGames.*` methods. `O` is the client's per-call options type.
 */
export interface ApiDownloadedGamesNamespace<O> {
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/downloadedGames.getPaidStatus
   * Guide: https://vkts.github.io/vkts/api/downloadedGames.html#getPaidStatus
   */
  getPaidStatus(params?: T.DownloadedGamesGetPaidStatusParams, options?: O): Promise<T.DownloadedGamesGetPaidStatusResponse>;
}

/**
 * The `fave.*` methods. `O` is the client's per-call options type.
 */
export interface ApiFaveNamespace<O> {
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/fave.addArticle
   * Guide: https://vkts.github.io/vkts/api/fave.html#addArticle
   */
  addArticle(params: T.FaveAddArticleParams, options?: O): Promise<T.FaveAddArticleResponse>;
  /**
   * Adds a link to user faves.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.addLink
   * Guide: https://vkts.github.io/vkts/api/fave.html#addLink
   */
  addLink(params: T.FaveAddLinkParams, options?: O): Promise<T.FaveAddLinkResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.addPage
   * Guide: https://vkts.github.io/vkts/api/fave.html#addPage
   */
  addPage(params?: T.FaveAddPageParams, options?: O): Promise<T.FaveAddPageResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.addPost
   * Guide: https://vkts.github.io/vkts/api/fave.html#addPost
   */
  addPost(params: T.FaveAddPostParams, options?: O): Promise<T.FaveAddPostResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.addProduct
   * Guide: https://vkts.github.io/vkts/api/fave.html#addProduct
   */
  addProduct(params: T.FaveAddProductParams, options?: O): Promise<T.FaveAddProductResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/fave.addTag
   * Guide: https://vkts.github.io/vkts/api/fave.html#addTag
   */
  addTag(params?: T.FaveAddTagParams, options?: O): Promise<T.FaveAddTagResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.addVideo
   * Guide: https://vkts.github.io/vkts/api/fave.html#addVideo
   */
  addVideo(params: T.FaveAddVideoParams, options?: O): Promise<T.FaveAddVideoResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.editTag
   * Guide: https://vkts.github.io/vkts/api/fave.html#editTag
   */
  editTag(params: T.FaveEditTagParams, options?: O): Promise<T.FaveEditTagResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.get
   * Guide: https://vkts.github.io/vkts/api/fave.html#get
   */
  get<Extended extends T.FaveGetParams["extended"] = undefined>(params?: FaveGetCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.FaveGetResponse : [Extended] extends [1 | true] ? T.FaveGetExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.FaveGetExtendedResponse) | T.FaveGetResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.getPages
   * Guide: https://vkts.github.io/vkts/api/fave.html#getPages
   */
  getPages(params?: T.FaveGetPagesParams, options?: O): Promise<T.FaveGetPagesResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.getTags
   * Guide: https://vkts.github.io/vkts/api/fave.html#getTags
   */
  getTags(params?: T.FaveGetTagsParams, options?: O): Promise<T.FaveGetTagsResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.markSeen
   * Guide: https://vkts.github.io/vkts/api/fave.html#markSeen
   */
  markSeen(params?: T.FaveMarkSeenParams, options?: O): Promise<T.FaveMarkSeenResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.removeArticle
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeArticle
   */
  removeArticle(params: T.FaveRemoveArticleParams, options?: O): Promise<T.FaveRemoveArticleResponse>;
  /**
   * Removes link from the user's faves.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.removeLink
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeLink
   */
  removeLink(params?: T.FaveRemoveLinkParams, options?: O): Promise<T.FaveRemoveLinkResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.removePage
   * Guide: https://vkts.github.io/vkts/api/fave.html#removePage
   */
  removePage(params?: T.FaveRemovePageParams, options?: O): Promise<T.FaveRemovePageResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.removePost
   * Guide: https://vkts.github.io/vkts/api/fave.html#removePost
   */
  removePost(params: T.FaveRemovePostParams, options?: O): Promise<T.FaveRemovePostResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.removeProduct
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeProduct
   */
  removeProduct(params: T.FaveRemoveProductParams, options?: O): Promise<T.FaveRemoveProductResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.removeTag
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeTag
   */
  removeTag(params: T.FaveRemoveTagParams, options?: O): Promise<T.FaveRemoveTagResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.removeVideo
   * Guide: https://vkts.github.io/vkts/api/fave.html#removeVideo
   */
  removeVideo(params: T.FaveRemoveVideoParams, options?: O): Promise<T.FaveRemoveVideoResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.reorderTags
   * Guide: https://vkts.github.io/vkts/api/fave.html#reorderTags
   */
  reorderTags(params: T.FaveReorderTagsParams, options?: O): Promise<T.FaveReorderTagsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/fave.setPageTags
   * Guide: https://vkts.github.io/vkts/api/fave.html#setPageTags
   */
  setPageTags(params?: T.FaveSetPageTagsParams, options?: O): Promise<T.FaveSetPageTagsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   * - 3800 `api_error_fave_aliexpress_tag`: Can't set AliExpress tag to this type of object
   *
   * VK: https://dev.vk.com/method/fave.setTags
   * Guide: https://vkts.github.io/vkts/api/fave.html#setTags
   */
  setTags(params?: T.FaveSetTagsParams, options?: O): Promise<T.FaveSetTagsResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/fave.trackPageInteraction
   * Guide: https://vkts.github.io/vkts/api/fave.html#trackPageInteraction
   */
  trackPageInteraction(params?: T.FaveTrackPageInteractionParams, options?: O): Promise<T.FaveTrackPageInteractionResponse>;
}

/**
 * The `friends.*` methods. `O` is the client's per-call options type.
 */
export interface ApiFriendsNamespace<O> {
  /**
   * Approves or creates a friend request.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 175 `api_error_friends_add_in_enemy`: Cannot add this user to friends as they have put you on their blacklist
   * - 176 `api_error_friends_add_enemy`: Cannot add this user to friends as you put him on blacklist
   * - 174 `api_error_friends_add_yourself`: Cannot add user himself as friend
   * - 177 `api_error_friends_add_not_found`: Cannot add this user to friends as user not found
   * - 242 `api_error_friends_too_many_friends`: Too many friends
   *
   * VK: https://dev.vk.com/method/friends.add
   * Guide: https://vkts.github.io/vkts/api/friends.html#add
   */
  add(params?: T.FriendsAddParams, options?: O): Promise<T.FriendsAddResponse>;
  /**
   * Creates a new friend list for the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 173 `api_error_friends_list_limit`: Reached the maximum number of lists
   *
   * VK: https://dev.vk.com/method/friends.addList
   * Guide: https://vkts.github.io/vkts/api/friends.html#addList
   */
  addList(params: T.FriendsAddListParams, options?: O): Promise<T.FriendsAddListResponse>;
  /**
   * Checks the current user's friendship status with other specified users.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.areFriends
   * Guide: https://vkts.github.io/vkts/api/friends.html#areFriends
   */
  areFriends<Extended extends T.FriendsAreFriendsParams["extended"] = undefined>(params: FriendsAreFriendsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.FriendsAreFriendsResponse : [Extended] extends [1 | true] ? T.FriendsAreFriendsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.FriendsAreFriendsExtendedResponse) | T.FriendsAreFriendsResponse>;
  /**
   * Declines a friend request or deletes a user from the current user's friend list.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.delete
   * Guide: https://vkts.github.io/vkts/api/friends.html#delete
   */
  delete(params?: T.FriendsDeleteParams, options?: O): Promise<T.FriendsDeleteResponse>;
  /**
   * Marks all incoming friend requests as viewed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.deleteAllRequests
   * Guide: https://vkts.github.io/vkts/api/friends.html#deleteAllRequests
   */
  deleteAllRequests(params?: T.FriendsDeleteAllRequestsParams, options?: O): Promise<T.FriendsDeleteAllRequestsResponse>;
  /**
   * Deletes a friend list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 171 `api_error_friends_list_id`: Invalid list id
   *
   * VK: https://dev.vk.com/method/friends.deleteList
   * Guide: https://vkts.github.io/vkts/api/friends.html#deleteList
   */
  deleteList(params: T.FriendsDeleteListParams, options?: O): Promise<T.FriendsDeleteListResponse>;
  /**
   * Edits the friend lists of the selected user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.edit
   * Guide: https://vkts.github.io/vkts/api/friends.html#edit
   */
  edit(params: T.FriendsEditParams, options?: O): Promise<T.FriendsEditResponse>;
  /**
   * Edits a friend list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 171 `api_error_friends_list_id`: Invalid list id
   *
   * VK: https://dev.vk.com/method/friends.editList
   * Guide: https://vkts.github.io/vkts/api/friends.html#editList
   */
  editList(params: T.FriendsEditListParams, options?: O): Promise<T.FriendsEditListResponse>;
  /**
   * Returns a list of user IDs or detailed information about a user's friends.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/friends.get
   * Guide: https://vkts.github.io/vkts/api/friends.html#get
   */
  get<Fields extends T.FriendsGetParams["fields"] = undefined>(params?: FriendsGetCallParams<Fields>, options?: O): Promise<[Fields] extends [undefined] ? T.FriendsGetResponse : [Fields] extends [{}] ? T.FriendsGetFieldsResponse : ([Exclude<Fields, undefined> & {}] extends [never] ? never : T.FriendsGetFieldsResponse) | T.FriendsGetResponse>;
  /**
   * Returns a list of IDs of the current user's friends who installed the application.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.getAppUsers
   * Guide: https://vkts.github.io/vkts/api/friends.html#getAppUsers
   */
  getAppUsers(params?: T.FriendsGetAppUsersParams, options?: O): Promise<T.FriendsGetAppUsersResponse>;
  /**
   * Returns a list of the user's friend lists.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.getLists
   * Guide: https://vkts.github.io/vkts/api/friends.html#getLists
   */
  getLists(params?: T.FriendsGetListsParams, options?: O): Promise<T.FriendsGetListsResponse>;
  /**
   * Returns a list of user IDs of the mutual friends of two users.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.getMutual
   * Guide: https://vkts.github.io/vkts/api/friends.html#getMutual
   */
  getMutual<TargetUids extends T.FriendsGetMutualParams["target_uids"] = undefined, NeedCommonCount extends T.FriendsGetMutualParams["need_common_count"] = undefined>(params?: FriendsGetMutualCallParams<TargetUids, NeedCommonCount>, options?: O): Promise<[TargetUids, NeedCommonCount] extends [undefined, undefined] ? T.FriendsGetMutualResponse : [TargetUids] extends [{}] ? T.FriendsGetMutualTargetUidsResponse : ([Exclude<TargetUids, undefined> & {}] extends [never] ? never : T.FriendsGetMutualTargetUidsResponse) | ([NeedCommonCount] extends [1 | true] ? T.FriendsGetMutualTotalCountResponse : ([Exclude<NeedCommonCount, undefined> & (1 | true)] extends [never] ? never : T.FriendsGetMutualTotalCountResponse) | T.FriendsGetMutualResponse)>;
  /**
   * Returns a list of user IDs of a user's friends who are online.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.getOnline
   * Guide: https://vkts.github.io/vkts/api/friends.html#getOnline
   */
  getOnline<OnlineMobile extends T.FriendsGetOnlineParams["online_mobile"] = undefined>(params?: FriendsGetOnlineCallParams<OnlineMobile>, options?: O): Promise<[OnlineMobile] extends [undefined] ? T.FriendsGetOnlineResponse | T.FriendsGetOnlineExtendedResponse | T.FriendsGetOnlineOnlineMobileResponse : [OnlineMobile] extends [1 | true] ? T.FriendsGetOnlineOnlineMobileExtendedResponse : ([Exclude<OnlineMobile, undefined> & (1 | true)] extends [never] ? never : T.FriendsGetOnlineOnlineMobileExtendedResponse) | (T.FriendsGetOnlineResponse | T.FriendsGetOnlineExtendedResponse | T.FriendsGetOnlineOnlineMobileResponse)>;
  /**
   * Returns a list of user IDs of the current user's recently added friends.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.getRecent
   * Guide: https://vkts.github.io/vkts/api/friends.html#getRecent
   */
  getRecent(params?: T.FriendsGetRecentParams, options?: O): Promise<T.FriendsGetRecentResponse>;
  /**
   * Returns information about the current user's incoming and outgoing friend requests.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.getRequests
   * Guide: https://vkts.github.io/vkts/api/friends.html#getRequests
   */
  getRequests<Extended extends T.FriendsGetRequestsParams["extended"] = undefined, NeedMutual extends T.FriendsGetRequestsParams["need_mutual"] = undefined>(params?: FriendsGetRequestsCallParams<Extended, NeedMutual>, options?: O): Promise<[Extended, NeedMutual] extends [undefined, undefined] ? T.FriendsGetRequestsResponse : [Extended] extends [1 | true] ? T.FriendsGetRequestsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.FriendsGetRequestsExtendedResponse) | ([NeedMutual] extends [1 | true] ? T.FriendsGetRequestsNeedMutualResponse : ([Exclude<NeedMutual, undefined> & (1 | true)] extends [never] ? never : T.FriendsGetRequestsNeedMutualResponse) | T.FriendsGetRequestsResponse)>;
  /**
   * Returns a list of profiles of users whom the current user may know.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.getSuggestions
   * Guide: https://vkts.github.io/vkts/api/friends.html#getSuggestions
   */
  getSuggestions(params?: T.FriendsGetSuggestionsParams, options?: O): Promise<T.FriendsGetSuggestionsResponse>;
  /**
   * Returns a list of friends matching the search criteria.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/friends.search
   * Guide: https://vkts.github.io/vkts/api/friends.html#search
   */
  search(params?: T.FriendsSearchParams, options?: O): Promise<T.FriendsSearchResponse>;
}

/**
 * The `gifts.*` methods. `O` is the client's per-call options type.
 */
export interface ApiGiftsNamespace<O> {
  /**
   * Returns a list of user gifts.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/gifts.get
   * Guide: https://vkts.github.io/vkts/api/gifts.html#get
   */
  get(params?: T.GiftsGetParams, options?: O): Promise<T.GiftsGetResponse>;
}

/**
 * The `groups.*` methods. `O` is the client's per-call options type.
 */
export interface ApiGroupsNamespace<O> {
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   * - 706 `api_error_group_too_many_addresses`: Too many addresses in club
   *
   * VK: https://dev.vk.com/method/groups.addAddress
   * Guide: https://vkts.github.io/vkts/api/groups.html#addAddress
   */
  addAddress(params: T.GroupsAddAddressParams, options?: O): Promise<T.GroupsAddAddressResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 2000 `api_error_callback_api_servers_limit`: Servers number limit is reached
   *
   * VK: https://dev.vk.com/method/groups.addCallbackServer
   * Guide: https://vkts.github.io/vkts/api/groups.html#addCallbackServer
   */
  addCallbackServer(params: T.GroupsAddCallbackServerParams, options?: O): Promise<T.GroupsAddCallbackServerResponse>;
  /**
   * Allows to add a link to the community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.addLink
   * Guide: https://vkts.github.io/vkts/api/groups.html#addLink
   */
  addLink(params: T.GroupsAddLinkParams, options?: O): Promise<T.GroupsAddLinkResponse>;
  /**
   * Allows to approve join request to the community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/groups.approveRequest
   * Guide: https://vkts.github.io/vkts/api/groups.html#approveRequest
   */
  approveRequest(params: T.GroupsApproveRequestParams, options?: O): Promise<T.GroupsApproveRequestResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.ban
   * Guide: https://vkts.github.io/vkts/api/groups.html#ban
   */
  ban(params: T.GroupsBanParams, options?: O): Promise<T.GroupsBanResponse>;
  /**
   * Creates a new community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/groups.create
   * Guide: https://vkts.github.io/vkts/api/groups.html#create
   */
  create(params: T.GroupsCreateParams, options?: O): Promise<T.GroupsCreateResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/groups.deleteAddress
   * Guide: https://vkts.github.io/vkts/api/groups.html#deleteAddress
   */
  deleteAddress(params: T.GroupsDeleteAddressParams, options?: O): Promise<T.GroupsDeleteAddressResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/groups.deleteCallbackServer
   * Guide: https://vkts.github.io/vkts/api/groups.html#deleteCallbackServer
   */
  deleteCallbackServer(params: T.GroupsDeleteCallbackServerParams, options?: O): Promise<T.GroupsDeleteCallbackServerResponse>;
  /**
   * Allows to delete a link from the community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.deleteLink
   * Guide: https://vkts.github.io/vkts/api/groups.html#deleteLink
   */
  deleteLink(params: T.GroupsDeleteLinkParams, options?: O): Promise<T.GroupsDeleteLinkResponse>;
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.disableOnline
   * Guide: https://vkts.github.io/vkts/api/groups.html#disableOnline
   */
  disableOnline(params: T.GroupsDisableOnlineParams, options?: O): Promise<T.GroupsDisableOnlineResponse>;
  /**
   * Edits a community.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1260 `api_error_invalid_address`: Invalid screen name
   *
   * VK: https://dev.vk.com/method/groups.edit
   * Guide: https://vkts.github.io/vkts/api/groups.html#edit
   */
  edit(params: T.GroupsEditParams, options?: O): Promise<T.GroupsEditResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   * - 104 `api_error_not_found`: Not found
   * - 706 `api_error_group_too_many_addresses`: Too many addresses in club
   *
   * VK: https://dev.vk.com/method/groups.editAddress
   * Guide: https://vkts.github.io/vkts/api/groups.html#editAddress
   */
  editAddress(params: T.GroupsEditAddressParams, options?: O): Promise<T.GroupsEditAddressResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/groups.editCallbackServer
   * Guide: https://vkts.github.io/vkts/api/groups.html#editCallbackServer
   */
  editCallbackServer(params: T.GroupsEditCallbackServerParams, options?: O): Promise<T.GroupsEditCallbackServerResponse>;
  /**
   * Allows to edit a link in the community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.editLink
   * Guide: https://vkts.github.io/vkts/api/groups.html#editLink
   */
  editLink(params: T.GroupsEditLinkParams, options?: O): Promise<T.GroupsEditLinkResponse>;
  /**
   * Allows to add, remove or edit the community manager.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 700 `api_error_group_change_creator`: Cannot edit creator role
   * - 701 `api_error_group_not_in_club`: User should be in club
   * - 702 `api_error_group_too_many_officers`: Too many officers in club
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   * - 704 `api_error_group_host_need_2fa`: User needs to enable 2FA for this action
   *
   * VK: https://dev.vk.com/method/groups.editManager
   * Guide: https://vkts.github.io/vkts/api/groups.html#editManager
   */
  editManager(params: T.GroupsEditManagerParams, options?: O): Promise<T.GroupsEditManagerResponse>;
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.enableOnline
   * Guide: https://vkts.github.io/vkts/api/groups.html#enableOnline
   */
  enableOnline(params: T.GroupsEnableOnlineParams, options?: O): Promise<T.GroupsEnableOnlineResponse>;
  /**
   * Returns a list of the communities to which a user belongs.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   *
   * VK: https://dev.vk.com/method/groups.get
   * Guide: https://vkts.github.io/vkts/api/groups.html#get
   */
  get<Extended extends T.GroupsGetParams["extended"] = undefined>(params?: GroupsGetCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.GroupsGetResponse : [Extended] extends [1 | true] ? T.GroupsGetExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.GroupsGetExtendedResponse) | T.GroupsGetResponse>;
  /**
   * Returns a list of community addresses.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 125 `api_error_param_group_id`: Invalid group id
   * - 260 `api_error_access_groups`: Access to the groups list is denied due to the user's privacy settings
   *
   * VK: https://dev.vk.com/method/groups.getAddresses
   * Guide: https://vkts.github.io/vkts/api/groups.html#getAddresses
   */
  getAddresses(params: T.GroupsGetAddressesParams, options?: O): Promise<T.GroupsGetAddressesResponse>;
  /**
   * Returns a list of users on a community blacklist.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/groups.getBanned
   * Guide: https://vkts.github.io/vkts/api/groups.html#getBanned
   */
  getBanned(params: T.GroupsGetBannedParams, options?: O): Promise<T.GroupsGetBannedResponse>;
  /**
   * Returns information about communities by their IDs.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/groups.getById
   * Guide: https://vkts.github.io/vkts/api/groups.html#getById
   */
  getById(params?: T.GroupsGetByIdParams, options?: O): Promise<T.GroupsGetByIdResponse>;
  /**
   * Returns Callback API confirmation code for the community.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.getCallbackConfirmationCode
   * Guide: https://vkts.github.io/vkts/api/groups.html#getCallbackConfirmationCode
   */
  getCallbackConfirmationCode(params: T.GroupsGetCallbackConfirmationCodeParams, options?: O): Promise<T.GroupsGetCallbackConfirmationCodeResponse>;
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.getCallbackServers
   * Guide: https://vkts.github.io/vkts/api/groups.html#getCallbackServers
   */
  getCallbackServers(params: T.GroupsGetCallbackServersParams, options?: O): Promise<T.GroupsGetCallbackServersResponse>;
  /**
   * Returns [vk.com/dev/callback_api|Callback API] notifications settings.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/groups.getCallbackSettings
   * Guide: https://vkts.github.io/vkts/api/groups.html#getCallbackSettings
   */
  getCallbackSettings(params: T.GroupsGetCallbackSettingsParams, options?: O): Promise<T.GroupsGetCallbackSettingsResponse>;
  /**
   * Returns categories list for communities catalog
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.getCatalogInfo
   * Guide: https://vkts.github.io/vkts/api/groups.html#getCatalogInfo
   */
  getCatalogInfo<Extended extends T.GroupsGetCatalogInfoParams["extended"] = undefined>(params?: GroupsGetCatalogInfoCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.GroupsGetCatalogInfoResponse : [Extended] extends [1 | true] ? T.GroupsGetCatalogInfoExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.GroupsGetCatalogInfoExtendedResponse) | T.GroupsGetCatalogInfoResponse>;
  /**
   * Returns invited users list of a community
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.getInvitedUsers
   * Guide: https://vkts.github.io/vkts/api/groups.html#getInvitedUsers
   */
  getInvitedUsers(params: T.GroupsGetInvitedUsersParams, options?: O): Promise<T.GroupsGetInvitedUsersResponse>;
  /**
   * Returns a list of invitations to join communities and events.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.getInvites
   * Guide: https://vkts.github.io/vkts/api/groups.html#getInvites
   */
  getInvites<Extended extends T.GroupsGetInvitesParams["extended"] = undefined>(params?: GroupsGetInvitesCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.GroupsGetInvitesResponse : [Extended] extends [1 | true] ? T.GroupsGetInvitesExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.GroupsGetInvitesExtendedResponse) | T.GroupsGetInvitesResponse>;
  /**
   * Returns the data needed to query a Long Poll server for events
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.getLongPollServer
   * Guide: https://vkts.github.io/vkts/api/groups.html#getLongPollServer
   */
  getLongPollServer(params: T.GroupsGetLongPollServerParams, options?: O): Promise<T.GroupsGetLongPollServerResponse>;
  /**
   * Returns Long Poll notification settings
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.getLongPollSettings
   * Guide: https://vkts.github.io/vkts/api/groups.html#getLongPollSettings
   */
  getLongPollSettings(params: T.GroupsGetLongPollSettingsParams, options?: O): Promise<T.GroupsGetLongPollSettingsResponse>;
  /**
   * Returns a list of community members.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 125 `api_error_param_group_id`: Invalid group id
   *
   * VK: https://dev.vk.com/method/groups.getMembers
   * Guide: https://vkts.github.io/vkts/api/groups.html#getMembers
   */
  getMembers<Fields extends T.GroupsGetMembersParams["fields"] = undefined, Filter extends T.GroupsGetMembersParams["filter"] = undefined>(params?: GroupsGetMembersCallParams<Fields, Filter>, options?: O): Promise<[Fields, Filter] extends [undefined, undefined] ? T.GroupsGetMembersResponse : [Fields] extends [{}] ? T.GroupsGetMembersFieldsResponse : ([Exclude<Fields, undefined> & {}] extends [never] ? never : T.GroupsGetMembersFieldsResponse) | ([Filter] extends ["managers"] ? T.GroupsGetMembersFilterResponse : ([Exclude<Filter, undefined> & "managers"] extends [never] ? never : T.GroupsGetMembersFilterResponse) | T.GroupsGetMembersResponse)>;
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.getOnlineStatus
   * Guide: https://vkts.github.io/vkts/api/groups.html#getOnlineStatus
   */
  getOnlineStatus(params: T.GroupsGetOnlineStatusParams, options?: O): Promise<T.GroupsGetOnlineStatusResponse>;
  /**
   * Returns a list of requests to the community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.getRequests
   * Guide: https://vkts.github.io/vkts/api/groups.html#getRequests
   */
  getRequests<Fields extends T.GroupsGetRequestsParams["fields"] = undefined>(params: GroupsGetRequestsCallParams<Fields>, options?: O): Promise<[Fields] extends [undefined] ? T.GroupsGetRequestsResponse : [Fields] extends [{}] ? T.GroupsGetRequestsFieldsResponse : ([Exclude<Fields, undefined> & {}] extends [never] ? never : T.GroupsGetRequestsFieldsResponse) | T.GroupsGetRequestsResponse>;
  /**
   * Returns community settings.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.getSettings
   * Guide: https://vkts.github.io/vkts/api/groups.html#getSettings
   */
  getSettings(params: T.GroupsGetSettingsParams, options?: O): Promise<T.GroupsGetSettingsResponse>;
  /**
   * List of group's tags
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.getTagList
   * Guide: https://vkts.github.io/vkts/api/groups.html#getTagList
   */
  getTagList(params: T.GroupsGetTagListParams, options?: O): Promise<T.GroupsGetTagListResponse>;
  /**
   * Token types: group.
   *
   * VK: https://dev.vk.com/method/groups.getTokenPermissions
   * Guide: https://vkts.github.io/vkts/api/groups.html#getTokenPermissions
   */
  getTokenPermissions(params?: T.GroupsGetTokenPermissionsParams, options?: O): Promise<T.GroupsGetTokenPermissionsResponse>;
  /**
   * Allows to invite friends to the community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/groups.invite
   * Guide: https://vkts.github.io/vkts/api/groups.html#invite
   */
  invite<UserIdsList extends T.GroupsInviteParams["user_ids_list"] = undefined>(params: GroupsInviteCallParams<UserIdsList>, options?: O): Promise<[UserIdsList] extends [undefined] ? T.GroupsInviteResponse : [UserIdsList] extends [{}] ? T.GroupsInviteUserIdsResponse : ([Exclude<UserIdsList, undefined> & {}] extends [never] ? never : T.GroupsInviteUserIdsResponse) | T.GroupsInviteResponse>;
  /**
   * Returns information specifying whether a user is a member of a community.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/groups.isMember
   * Guide: https://vkts.github.io/vkts/api/groups.html#isMember
   */
  isMember<UserIds extends T.GroupsIsMemberParams["user_ids"] = undefined, Extended extends T.GroupsIsMemberParams["extended"] = undefined>(params: GroupsIsMemberCallParams<UserIds, Extended>, options?: O): Promise<[UserIds, Extended] extends [undefined, undefined] ? T.GroupsIsMemberResponse : [UserIds, Extended] extends [{}, 1 | true] ? T.GroupsIsMemberUserIdsExtendedResponse : ([Exclude<UserIds, undefined> & {}, Exclude<Extended, undefined> & (1 | true)] extends [never, unknown] | [unknown, never] ? never : T.GroupsIsMemberUserIdsExtendedResponse) | ([UserIds] extends [{}] ? T.GroupsIsMemberUserIdsResponse : ([Exclude<UserIds, undefined> & {}] extends [never] ? never : T.GroupsIsMemberUserIdsResponse) | ([Extended] extends [1 | true] ? T.GroupsIsMemberExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.GroupsIsMemberExtendedResponse) | T.GroupsIsMemberResponse))>;
  /**
   * With this method you can join the group or public page, and also confirm your participation in an event.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   * - 714 `api_error_group_invite_links_not_valid`: Invite link is invalid - expired, deleted or not exists
   *
   * VK: https://dev.vk.com/method/groups.join
   * Guide: https://vkts.github.io/vkts/api/groups.html#join
   */
  join(params: T.GroupsJoinParams, options?: O): Promise<T.GroupsJoinResponse>;
  /**
   * With this method you can leave a group, public page, or event.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.leave
   * Guide: https://vkts.github.io/vkts/api/groups.html#leave
   */
  leave(params: T.GroupsLeaveParams, options?: O): Promise<T.GroupsLeaveResponse>;
  /**
   * Removes a user from the community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.removeUser
   * Guide: https://vkts.github.io/vkts/api/groups.html#removeUser
   */
  removeUser(params: T.GroupsRemoveUserParams, options?: O): Promise<T.GroupsRemoveUserResponse>;
  /**
   * Allows to reorder links in the community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.reorderLink
   * Guide: https://vkts.github.io/vkts/api/groups.html#reorderLink
   */
  reorderLink(params: T.GroupsReorderLinkParams, options?: O): Promise<T.GroupsReorderLinkResponse>;
  /**
   * Returns a list of communities matching the search criteria.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.search
   * Guide: https://vkts.github.io/vkts/api/groups.html#search
   */
  search(params: T.GroupsSearchParams, options?: O): Promise<T.GroupsSearchResponse>;
  /**
   * Allow to set notifications settings for group.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/groups.setCallbackSettings
   * Guide: https://vkts.github.io/vkts/api/groups.html#setCallbackSettings
   */
  setCallbackSettings(params: T.GroupsSetCallbackSettingsParams, options?: O): Promise<T.GroupsSetCallbackSettingsResponse>;
  /**
   * Sets Long Poll notification settings
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.setLongPollSettings
   * Guide: https://vkts.github.io/vkts/api/groups.html#setLongPollSettings
   */
  setLongPollSettings(params: T.GroupsSetLongPollSettingsParams, options?: O): Promise<T.GroupsSetLongPollSettingsResponse>;
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.setSettings
   * Guide: https://vkts.github.io/vkts/api/groups.html#setSettings
   */
  setSettings(params: T.GroupsSetSettingsParams, options?: O): Promise<T.GroupsSetSettingsResponse>;
  /**
   * In order to save note about group participant
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.setUserNote
   * Guide: https://vkts.github.io/vkts/api/groups.html#setUserNote
   */
  setUserNote(params: T.GroupsSetUserNoteParams, options?: O): Promise<T.GroupsSetUserNoteResponse>;
  /**
   * Add new group's tag
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.tagAdd
   * Guide: https://vkts.github.io/vkts/api/groups.html#tagAdd
   */
  tagAdd(params: T.GroupsTagAddParams, options?: O): Promise<T.GroupsTagAddResponse>;
  /**
   * Bind or unbind group's tag to user
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.tagBind
   * Guide: https://vkts.github.io/vkts/api/groups.html#tagBind
   */
  tagBind(params: T.GroupsTagBindParams, options?: O): Promise<T.GroupsTagBindResponse>;
  /**
   * Delete group's tag
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.tagDelete
   * Guide: https://vkts.github.io/vkts/api/groups.html#tagDelete
   */
  tagDelete(params: T.GroupsTagDeleteParams, options?: O): Promise<T.GroupsTagDeleteResponse>;
  /**
   * Update group's tag
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/groups.tagUpdate
   * Guide: https://vkts.github.io/vkts/api/groups.html#tagUpdate
   */
  tagUpdate(params: T.GroupsTagUpdateParams, options?: O): Promise<T.GroupsTagUpdateResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1431 `api_error_market_shop_already_enabled`: Market was already enabled in this group
   * - 1432 `api_error_market_shop_already_disabled`: Market was already disabled in this group
   *
   * VK: https://dev.vk.com/method/groups.toggleMarket
   * Guide: https://vkts.github.io/vkts/api/groups.html#toggleMarket
   */
  toggleMarket(params: T.GroupsToggleMarketParams, options?: O): Promise<T.GroupsToggleMarketResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/groups.unban
   * Guide: https://vkts.github.io/vkts/api/groups.html#unban
   */
  unban(params: T.GroupsUnbanParams, options?: O): Promise<T.GroupsUnbanResponse>;
}

/**
 * The `leadForms.*` methods. `O` is the client's per-call options type.
 */
export interface ApiLeadFormsNamespace<O> {
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/leadForms.create
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#create
   */
  create(params: T.LeadFormsCreateParams, options?: O): Promise<T.LeadFormsCreateResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/leadForms.delete
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#delete
   */
  delete(params: T.LeadFormsDeleteParams, options?: O): Promise<T.LeadFormsDeleteResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/leadForms.get
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#get
   */
  get(params: T.LeadFormsGetParams, options?: O): Promise<T.LeadFormsGetResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/leadForms.getLeads
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#getLeads
   */
  getLeads(params: T.LeadFormsGetLeadsParams, options?: O): Promise<T.LeadFormsGetLeadsResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/leadForms.getUploadURL
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#getUploadURL
   */
  getUploadURL(params?: T.LeadFormsGetUploadURLParams, options?: O): Promise<T.LeadFormsGetUploadURLResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/leadForms.list
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#list
   */
  list(params: T.LeadFormsListParams, options?: O): Promise<T.LeadFormsListResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/leadForms.update
   * Guide: https://vkts.github.io/vkts/api/leadForms.html#update
   */
  update(params: T.LeadFormsUpdateParams, options?: O): Promise<T.LeadFormsUpdateResponse>;
}

/**
 * The `likes.*` methods. `O` is the client's per-call options type.
 */
export interface ApiLikesNamespace<O> {
  /**
   * Adds the specified object to the 'Likes' list of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 232 `api_error_likes_reaction_can_not_be_applied`: Reaction can not be applied to the object
   *
   * VK: https://dev.vk.com/method/likes.add
   * Guide: https://vkts.github.io/vkts/api/likes.html#add
   */
  add(params: T.LikesAddParams, options?: O): Promise<T.LikesAddResponse>;
  /**
   * Deletes the specified object from the 'Likes' list of the current user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/likes.delete
   * Guide: https://vkts.github.io/vkts/api/likes.html#delete
   */
  delete(params: T.LikesDeleteParams, options?: O): Promise<T.LikesDeleteResponse>;
  /**
   * Returns a list of IDs of users who added the specified object to their 'Likes' list.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 232 `api_error_likes_reaction_can_not_be_applied`: Reaction can not be applied to the object
   *
   * VK: https://dev.vk.com/method/likes.getList
   * Guide: https://vkts.github.io/vkts/api/likes.html#getList
   */
  getList<Extended extends T.LikesGetListParams["extended"] = undefined>(params: LikesGetListCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.LikesGetListResponse : [Extended] extends [1 | true] ? T.LikesGetListExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.LikesGetListExtendedResponse) | T.LikesGetListResponse>;
  /**
   * Checks for the object in the 'Likes' list of the specified user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/likes.isLiked
   * Guide: https://vkts.github.io/vkts/api/likes.html#isLiked
   */
  isLiked(params: T.LikesIsLikedParams, options?: O): Promise<T.LikesIsLikedResponse>;
}

/**
 * The `market.*` methods. `O` is the client's per-call options type.
 */
export interface ApiMarketNamespace<O> {
  /**
   * Ads a new item to the market.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1405 `api_error_market_too_many_items`: Too many items
   * - 1408 `api_error_market_item_has_bad_links`: Item has bad links in description
   * - 1416 `api_error_market_variant_not_found`: Variant not found
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1426 `api_error_market_grouping_items_must_have_distinct_properties`: Item must have distinct properties
   * - 1425 `api_error_market_grouping_must_contain_more_than_one_item`: Grouping must have two or more items
   * - 1433 `api_error_market_photos_crop_invalid_format`: Invalid image crop format
   * - 1434 `api_error_market_photos_crop_overflow`: Crop bottom right corner is outside of the image
   * - 1435 `api_error_market_photos_crop_size_too_low`: Crop size is less than the minimum
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1406 `api_error_market_too_many_items_in_album`: Too many items in album
   *
   * VK: https://dev.vk.com/method/market.add
   * Guide: https://vkts.github.io/vkts/api/market.html#add
   */
  add(params: T.MarketAddParams, options?: O): Promise<T.MarketAddResponse>;
  /**
   * Creates new collection of items
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1407 `api_error_market_too_many_albums`: Too many albums
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1446 `api_error_market_album_main_hidden`: Main album can not be hidden
   *
   * VK: https://dev.vk.com/method/market.addAlbum
   * Guide: https://vkts.github.io/vkts/api/market.html#addAlbum
   */
  addAlbum(params: T.MarketAddAlbumParams, options?: O): Promise<T.MarketAddAlbumResponse>;
  /**
   * Adds property
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1421 `api_error_market_name_too_long`: Name too long
   * - 1424 `api_error_market_unknown_property_type`: Unknown property type
   * - 1418 `api_error_market_max_properties_limit_exceed`: Max properties limit exceeded
   * - 1410 `api_error_market_variants_not_enabled`: Variants not enabled
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.addProperty
   * Guide: https://vkts.github.io/vkts/api/market.html#addProperty
   */
  addProperty(params: T.MarketAddPropertyParams, options?: O): Promise<T.MarketAddPropertyResponse>;
  /**
   * Adds property variant
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1423 `api_error_market_variant_value_too_long`: Variant value is too long
   * - 1419 `api_error_market_max_variants_limit_exceed`: Max variant limit exceeded
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.addPropertyVariant
   * Guide: https://vkts.github.io/vkts/api/market.html#addPropertyVariant
   */
  addPropertyVariant(params: T.MarketAddPropertyVariantParams, options?: O): Promise<T.MarketAddPropertyVariantResponse>;
  /**
   * Adds an item to one or multiple collections.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1406 `api_error_market_too_many_items_in_album`: Too many items in album
   * - 1404 `api_error_market_item_already_added`: Item already added to album
   *
   * VK: https://dev.vk.com/method/market.addToAlbum
   * Guide: https://vkts.github.io/vkts/api/market.html#addToAlbum
   */
  addToAlbum(params: T.MarketAddToAlbumParams, options?: O): Promise<T.MarketAddToAlbumBaseResponse>;
  /**
   * Creates a new comment for an item.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.createComment
   * Guide: https://vkts.github.io/vkts/api/market.html#createComment
   */
  createComment(params: T.MarketCreateCommentParams, options?: O): Promise<T.MarketCreateCommentResponse>;
  /**
   * Deletes an item.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1403 `api_error_market_item_not_found`: Item not found
   *
   * VK: https://dev.vk.com/method/market.delete
   * Guide: https://vkts.github.io/vkts/api/market.html#delete
   */
  delete(params: T.MarketDeleteParams, options?: O): Promise<T.MarketDeleteResponse>;
  /**
   * Deletes a collection of items.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.deleteAlbum
   * Guide: https://vkts.github.io/vkts/api/market.html#deleteAlbum
   */
  deleteAlbum(params: T.MarketDeleteAlbumParams, options?: O): Promise<T.MarketDeleteAlbumResponse>;
  /**
   * Deletes an item's comment
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.deleteComment
   * Guide: https://vkts.github.io/vkts/api/market.html#deleteComment
   */
  deleteComment(params: T.MarketDeleteCommentParams, options?: O): Promise<T.MarketDeleteCommentResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.deleteProperty
   * Guide: https://vkts.github.io/vkts/api/market.html#deleteProperty
   */
  deleteProperty(params: T.MarketDeletePropertyParams, options?: O): Promise<T.MarketDeletePropertyResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1416 `api_error_market_variant_not_found`: Variant not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.deletePropertyVariant
   * Guide: https://vkts.github.io/vkts/api/market.html#deletePropertyVariant
   */
  deletePropertyVariant(params: T.MarketDeletePropertyVariantParams, options?: O): Promise<T.MarketDeletePropertyVariantResponse>;
  /**
   * Edits an item.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1408 `api_error_market_item_has_bad_links`: Item has bad links in description
   * - 1412 `api_error_market_grouping_items_with_different_properties`: Grouping items with different properties
   * - 1413 `api_error_market_grouping_already_has_such_variant`: Grouping already has such variant
   * - 1433 `api_error_market_photos_crop_invalid_format`: Invalid image crop format
   * - 1434 `api_error_market_photos_crop_overflow`: Crop bottom right corner is outside of the image
   * - 1435 `api_error_market_photos_crop_size_too_low`: Crop size is less than the minimum
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.edit
   * Guide: https://vkts.github.io/vkts/api/market.html#edit
   */
  edit(params: T.MarketEditParams, options?: O): Promise<T.MarketEditResponse>;
  /**
   * Edits a collection of items
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1446 `api_error_market_album_main_hidden`: Main album can not be hidden
   * - 1457 `api_error_market_failed_to_set_album_as_main`: Failed to set album as main
   * - 1458 `api_error_market_failed_to_unset_album_as_main`: Failed to unset album as main
   *
   * VK: https://dev.vk.com/method/market.editAlbum
   * Guide: https://vkts.github.io/vkts/api/market.html#editAlbum
   */
  editAlbum(params: T.MarketEditAlbumParams, options?: O): Promise<T.MarketEditAlbumResponse>;
  /**
   * Chages item comment's text
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.editComment
   * Guide: https://vkts.github.io/vkts/api/market.html#editComment
   */
  editComment(params: T.MarketEditCommentParams, options?: O): Promise<T.MarketEditCommentResponse>;
  /**
   * Edit order
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1427 `api_error_market_orders_no_cart_items`: Cart is empty
   * - 1429 `api_error_market_invalid_dimensions`: Specify width, length, height and weight all together
   * - 1430 `api_error_market_cant_change_vkpay_status`: VK Pay status can not be changed
   * - 1456 `api_error_market_orders_invalid_status`: Order status is invalid
   *
   * VK: https://dev.vk.com/method/market.editOrder
   * Guide: https://vkts.github.io/vkts/api/market.html#editOrder
   */
  editOrder(params: T.MarketEditOrderParams, options?: O): Promise<T.MarketEditOrderResponse>;
  /**
   * Adds property
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1421 `api_error_market_name_too_long`: Name too long
   * - 1424 `api_error_market_unknown_property_type`: Unknown property type
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.editProperty
   * Guide: https://vkts.github.io/vkts/api/market.html#editProperty
   */
  editProperty(params: T.MarketEditPropertyParams, options?: O): Promise<T.MarketEditPropertyResponse>;
  /**
   * Edit property variant name
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1421 `api_error_market_name_too_long`: Name too long
   * - 1423 `api_error_market_variant_value_too_long`: Variant value is too long
   * - 1416 `api_error_market_variant_not_found`: Variant not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.editPropertyVariant
   * Guide: https://vkts.github.io/vkts/api/market.html#editPropertyVariant
   */
  editPropertyVariant(params: T.MarketEditPropertyVariantParams, options?: O): Promise<T.MarketEditPropertyVariantResponse>;
  /**
   * Returns a filter list of market categories.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.filterCategories
   * Guide: https://vkts.github.io/vkts/api/market.html#filterCategories
   */
  filterCategories(params?: T.MarketFilterCategoriesParams, options?: O): Promise<T.MarketFilterCategoriesResponse>;
  /**
   * Returns items list for a community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.get
   * Guide: https://vkts.github.io/vkts/api/market.html#get
   */
  get<Extended extends T.MarketGetParams["extended"] = undefined>(params: MarketGetCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MarketGetResponse : [Extended] extends [1 | true] ? T.MarketGetExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MarketGetExtendedResponse) | T.MarketGetResponse>;
  /**
   * Returns items album's data
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.getAlbumById
   * Guide: https://vkts.github.io/vkts/api/market.html#getAlbumById
   */
  getAlbumById(params: T.MarketGetAlbumByIdParams, options?: O): Promise<T.MarketGetAlbumByIdResponse>;
  /**
   * Returns community's market collections list.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.getAlbums
   * Guide: https://vkts.github.io/vkts/api/market.html#getAlbums
   */
  getAlbums(params: T.MarketGetAlbumsParams, options?: O): Promise<T.MarketGetAlbumsResponse>;
  /**
   * Returns information about market items by their ids.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1525 `api_error_market_disabled`: Market is disabled
   * - 1526 `api_error_market_services_disabled`: Market services are disabled
   *
   * VK: https://dev.vk.com/method/market.getById
   * Guide: https://vkts.github.io/vkts/api/market.html#getById
   */
  getById<Extended extends T.MarketGetByIdParams["extended"] = undefined>(params: MarketGetByIdCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MarketGetByIdResponse : [Extended] extends [1 | true] ? T.MarketGetByIdExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MarketGetByIdExtendedResponse) | T.MarketGetByIdResponse>;
  /**
   * Returns a list of market categories.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.getCategories
   * Guide: https://vkts.github.io/vkts/api/market.html#getCategories
   */
  getCategories(params?: T.MarketGetCategoriesParams, options?: O): Promise<T.MarketGetCategoriesResponse>;
  /**
   * Returns comments list for an item.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1401 `api_error_market_comments_closed`: Comments for this market are closed
   *
   * VK: https://dev.vk.com/method/market.getComments
   * Guide: https://vkts.github.io/vkts/api/market.html#getComments
   */
  getComments(params: T.MarketGetCommentsParams, options?: O): Promise<T.MarketGetCommentsResponse>;
  /**
   * Get market orders
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1456 `api_error_market_orders_invalid_status`: Order status is invalid
   *
   * VK: https://dev.vk.com/method/market.getGroupOrders
   * Guide: https://vkts.github.io/vkts/api/market.html#getGroupOrders
   */
  getGroupOrders(params?: T.MarketGetGroupOrdersParams, options?: O): Promise<T.MarketGetGroupOrdersResponse>;
  /**
   * Get order
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1436 `api_error_market_orders_order_not_found`: Order not found
   *
   * VK: https://dev.vk.com/method/market.getOrderById
   * Guide: https://vkts.github.io/vkts/api/market.html#getOrderById
   */
  getOrderById(params: T.MarketGetOrderByIdParams, options?: O): Promise<T.MarketGetOrderByIdResponse>;
  /**
   * Get market items in the order
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/market.getOrderItems
   * Guide: https://vkts.github.io/vkts/api/market.html#getOrderItems
   */
  getOrderItems(params: T.MarketGetOrderItemsParams, options?: O): Promise<T.MarketGetOrderItemsResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.getOrders
   * Guide: https://vkts.github.io/vkts/api/market.html#getOrders
   */
  getOrders<Extended extends T.MarketGetOrdersParams["extended"] = undefined>(params?: MarketGetOrdersCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MarketGetOrdersResponse : [Extended] extends [1 | true] ? T.MarketGetOrdersExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MarketGetOrdersExtendedResponse) | T.MarketGetOrdersResponse>;
  /**
   * Returns the server address for market photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.getProductPhotoUploadServer
   * Guide: https://vkts.github.io/vkts/api/market.html#getProductPhotoUploadServer
   */
  getProductPhotoUploadServer(params: T.MarketGetProductPhotoUploadServerParams, options?: O): Promise<T.MarketGetProductPhotoUploadServerResponse>;
  /**
   * Get properties
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1410 `api_error_market_variants_not_enabled`: Variants not enabled
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   *
   * VK: https://dev.vk.com/method/market.getProperties
   * Guide: https://vkts.github.io/vkts/api/market.html#getProperties
   */
  getProperties(params: T.MarketGetPropertiesParams, options?: O): Promise<T.MarketGetPropertiesResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1412 `api_error_market_grouping_items_with_different_properties`: Grouping items with different properties
   * - 1413 `api_error_market_grouping_already_has_such_variant`: Grouping already has such variant
   * - 1414 `api_error_market_grouping_has_other_properties`: Grouping has other properties
   * - 1415 `api_error_market_grouping_must_have_variants`: Grouping must have variants
   * - 1416 `api_error_market_variant_not_found`: Variant not found
   * - 1410 `api_error_market_variants_not_enabled`: Variants not enabled
   * - 1417 `api_error_market_property_not_found`: Property not found
   * - 1425 `api_error_market_grouping_must_contain_more_than_one_item`: Grouping must have two or more items
   * - 1426 `api_error_market_grouping_items_must_have_distinct_properties`: Item must have distinct properties
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.groupItems
   * Guide: https://vkts.github.io/vkts/api/market.html#groupItems
   */
  groupItems(params: T.MarketGroupItemsParams, options?: O): Promise<T.MarketGroupItemsResponse>;
  /**
   * Removes an item from one or multiple collections.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.removeFromAlbum
   * Guide: https://vkts.github.io/vkts/api/market.html#removeFromAlbum
   */
  removeFromAlbum(params: T.MarketRemoveFromAlbumParams, options?: O): Promise<T.MarketRemoveFromAlbumResponse>;
  /**
   * Reorders the collections list.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.reorderAlbums
   * Guide: https://vkts.github.io/vkts/api/market.html#reorderAlbums
   */
  reorderAlbums(params: T.MarketReorderAlbumsParams, options?: O): Promise<T.MarketReorderAlbumsResponse>;
  /**
   * Changes item place in a collection.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1402 `api_error_market_album_not_found`: Album not found
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.reorderItems
   * Guide: https://vkts.github.io/vkts/api/market.html#reorderItems
   */
  reorderItems(params: T.MarketReorderItemsParams, options?: O): Promise<T.MarketReorderItemsResponse>;
  /**
   * Sends a complaint to the item.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.report
   * Guide: https://vkts.github.io/vkts/api/market.html#report
   */
  report(params: T.MarketReportParams, options?: O): Promise<T.MarketReportResponse>;
  /**
   * Sends a complaint to the item's comment.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.reportComment
   * Guide: https://vkts.github.io/vkts/api/market.html#reportComment
   */
  reportComment(params: T.MarketReportCommentParams, options?: O): Promise<T.MarketReportCommentResponse>;
  /**
   * Restores recently deleted item
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 205 `api_error_access_market`: Access denied
   * - 1400 `api_error_market_restore_too_late`: Too late for restore
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   * - 1403 `api_error_market_item_not_found`: Item not found
   * - 1518 `api_error_market_item_is_not_deleted`: Item is not deleted
   *
   * VK: https://dev.vk.com/method/market.restore
   * Guide: https://vkts.github.io/vkts/api/market.html#restore
   */
  restore(params: T.MarketRestoreParams, options?: O): Promise<T.MarketRestoreResponse>;
  /**
   * Restores a recently deleted comment
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.restoreComment
   * Guide: https://vkts.github.io/vkts/api/market.html#restoreComment
   */
  restoreComment(params: T.MarketRestoreCommentParams, options?: O): Promise<T.MarketRestoreCommentResponse>;
  /**
   * Save market photo after upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.saveProductPhoto
   * Guide: https://vkts.github.io/vkts/api/market.html#saveProductPhoto
   */
  saveProductPhoto(params: T.MarketSaveProductPhotoParams, options?: O): Promise<T.MarketSaveProductPhotoResponse>;
  /**
   * Bulk save market photo after upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.saveProductPhotoBulk
   * Guide: https://vkts.github.io/vkts/api/market.html#saveProductPhotoBulk
   */
  saveProductPhotoBulk(params: T.MarketSaveProductPhotoBulkParams, options?: O): Promise<T.MarketSaveProductPhotoBulkResponse>;
  /**
   * Searches market items in a community's catalog
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.search
   * Guide: https://vkts.github.io/vkts/api/market.html#search
   */
  search<Extended extends T.MarketSearchParams["extended"] = undefined>(params: MarketSearchCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MarketSearchResponse : [Extended] extends [1 | true] ? T.MarketSearchExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MarketSearchExtendedResponse) | T.MarketSearchResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.searchItems
   * Guide: https://vkts.github.io/vkts/api/market.html#searchItems
   */
  searchItems(params: T.MarketSearchItemsParams, options?: O): Promise<T.MarketSearchItemsResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/market.searchItemsBasic
   * Guide: https://vkts.github.io/vkts/api/market.html#searchItemsBasic
   */
  searchItemsBasic(params: T.MarketSearchItemsBasicParams, options?: O): Promise<T.MarketSearchItemsBasicResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1409 `api_error_market_extended_not_enabled`: Extended market not enabled
   * - 1411 `api_error_market_variants_error`: Variants error
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/market.ungroupItems
   * Guide: https://vkts.github.io/vkts/api/market.html#ungroupItems
   */
  ungroupItems(params: T.MarketUngroupItemsParams, options?: O): Promise<T.MarketUngroupItemsResponse>;
}

/**
 * The `messages.*` methods. `O` is the client's per-call options type.
 */
export interface ApiMessagesNamespace<O> {
  /**
   * Adds a new user to a chat.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 939 `api_error_messages_message_request_already_sent`: Message request already sent
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 947 `api_error_messages_member_access_to_group_denied`: Can't add user to chat, because user has no access to group
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   * - 932 `api_error_messages_group_peer_access`: Your community can't interact with this peer
   *
   * VK: https://dev.vk.com/method/messages.addChatUser
   * Guide: https://vkts.github.io/vkts/api/messages.html#addChatUser
   */
  addChatUser(params: T.MessagesAddChatUserParams, options?: O): Promise<T.MessagesAddChatUserResponse>;
  /**
   * Adds new users to a chat.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/messages.addChatUsers
   * Guide: https://vkts.github.io/vkts/api/messages.html#addChatUsers
   */
  addChatUsers(params?: T.MessagesAddChatUsersParams, options?: O): Promise<T.MessagesAddChatUsersResponse>;
  /**
   * Allows sending messages from community to the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * VK: https://dev.vk.com/method/messages.allowMessagesFromGroup
   * Guide: https://vkts.github.io/vkts/api/messages.html#allowMessagesFromGroup
   */
  allowMessagesFromGroup(params: T.MessagesAllowMessagesFromGroupParams, options?: O): Promise<T.MessagesAllowMessagesFromGroupResponse>;
  /**
   * Creates a chat with several participants.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   *
   * VK: https://dev.vk.com/method/messages.createChat
   * Guide: https://vkts.github.io/vkts/api/messages.html#createChat
   */
  createChat(params?: T.MessagesCreateChatParams, options?: O): Promise<T.MessagesCreateChatResponse>;
  /**
   * Deletes one or more messages.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 924 `api_error_messages_cant_delete_for_all`: Can't delete this message for everybody
   *
   * VK: https://dev.vk.com/method/messages.delete
   * Guide: https://vkts.github.io/vkts/api/messages.html#delete
   */
  delete(params?: T.MessagesDeleteParams, options?: O): Promise<T.MessagesDeleteResponse>;
  /**
   * Deletes a chat's cover picture.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   *
   * VK: https://dev.vk.com/method/messages.deleteChatPhoto
   * Guide: https://vkts.github.io/vkts/api/messages.html#deleteChatPhoto
   */
  deleteChatPhoto(params: T.MessagesDeleteChatPhotoParams, options?: O): Promise<T.MessagesDeleteChatPhotoResponse>;
  /**
   * Deletes all private messages in a conversation.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   *
   * VK: https://dev.vk.com/method/messages.deleteConversation
   * Guide: https://vkts.github.io/vkts/api/messages.html#deleteConversation
   */
  deleteConversation(params?: T.MessagesDeleteConversationParams, options?: O): Promise<T.MessagesDeleteConversationResponse>;
  /**
   * Delete message reaction
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.deleteReaction
   * Guide: https://vkts.github.io/vkts/api/messages.html#deleteReaction
   */
  deleteReaction(params: T.MessagesDeleteReactionParams, options?: O): Promise<T.MessagesDeleteReactionResponse>;
  /**
   * Denies sending message from community to the current user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/messages.denyMessagesFromGroup
   * Guide: https://vkts.github.io/vkts/api/messages.html#denyMessagesFromGroup
   */
  denyMessagesFromGroup(params: T.MessagesDenyMessagesFromGroupParams, options?: O): Promise<T.MessagesDenyMessagesFromGroupResponse>;
  /**
   * Edits the message.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   * - 909 `api_error_messages_edit_expired`: Can't edit this message, because it's too old
   * - 910 `api_error_messages_too_big`: Can't sent this message, because it's too big
   * - 920 `api_error_messages_edit_kind_disallowed`: Can't edit this kind of message
   * - 914 `api_error_messages_too_long_message`: Message is too long
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 911 `api_error_messages_keyboard_invalid`: Keyboard format is invalid
   * - 940 `api_error_messages_too_many_posts`: Too many posts in messages
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   * - 912 `api_error_messages_chat_bot_feature`: This is a chat bot feature, change this status in settings
   * - 949 `api_error_messages_cant_edit_pinned_yet`: Can't edit pinned message yet
   *
   * VK: https://dev.vk.com/method/messages.edit
   * Guide: https://vkts.github.io/vkts/api/messages.html#edit
   */
  edit(params: T.MessagesEditParams, options?: O): Promise<T.MessagesEditResponse>;
  /**
   * Edits the title of a chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   *
   * VK: https://dev.vk.com/method/messages.editChat
   * Guide: https://vkts.github.io/vkts/api/messages.html#editChat
   */
  editChat(params: T.MessagesEditChatParams, options?: O): Promise<T.MessagesEditChatResponse>;
  /**
   * Returns messages by their IDs within the conversation.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.getByConversationMessageId
   * Guide: https://vkts.github.io/vkts/api/messages.html#getByConversationMessageId
   */
  getByConversationMessageId<Extended extends T.MessagesGetByConversationMessageIdParams["extended"] = undefined>(params: MessagesGetByConversationMessageIdCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MessagesGetByConversationMessageIdResponse : [Extended] extends [1 | true] ? T.MessagesGetByConversationMessageIdExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MessagesGetByConversationMessageIdExtendedResponse) | T.MessagesGetByConversationMessageIdResponse>;
  /**
   * Returns messages by their IDs.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.getById
   * Guide: https://vkts.github.io/vkts/api/messages.html#getById
   */
  getById<Extended extends T.MessagesGetByIdParams["extended"] = undefined>(params?: MessagesGetByIdCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MessagesGetByIdResponse : [Extended] extends [1 | true] ? T.MessagesGetByIdExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MessagesGetByIdExtendedResponse) | T.MessagesGetByIdResponse>;
  /**
   * Returns information about a chat.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   * - 1012 `api_error_messages_writing_disabled_for_chat`: Writing is disabled for this chat
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   *
   * VK: https://dev.vk.com/method/messages.getChat
   * Guide: https://vkts.github.io/vkts/api/messages.html#getChat
   */
  getChat<ChatIds extends T.MessagesGetChatParams["chat_ids"] = undefined, Fields extends T.MessagesGetChatParams["fields"] = undefined>(params?: MessagesGetChatCallParams<ChatIds, Fields>, options?: O): Promise<[ChatIds, Fields] extends [undefined, undefined] ? T.MessagesGetChatResponse : [ChatIds, Fields] extends [{}, {}] ? T.MessagesGetChatChatIdsFieldsResponse : ([Exclude<ChatIds, undefined> & {}, Exclude<Fields, undefined> & {}] extends [never, unknown] | [unknown, never] ? never : T.MessagesGetChatChatIdsFieldsResponse) | ([ChatIds] extends [{}] ? T.MessagesGetChatChatIdsResponse : ([Exclude<ChatIds, undefined> & {}] extends [never] ? never : T.MessagesGetChatChatIdsResponse) | ([Fields] extends [{}] ? T.MessagesGetChatFieldsResponse : ([Exclude<Fields, undefined> & {}] extends [never] ? never : T.MessagesGetChatFieldsResponse) | T.MessagesGetChatResponse))>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * VK: https://dev.vk.com/method/messages.getChatPreview
   * Guide: https://vkts.github.io/vkts/api/messages.html#getChatPreview
   */
  getChatPreview(params?: T.MessagesGetChatPreviewParams, options?: O): Promise<T.MessagesGetChatPreviewResponse>;
  /**
   * Returns a list of IDs of users participating in a chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * VK: https://dev.vk.com/method/messages.getConversationMembers
   * Guide: https://vkts.github.io/vkts/api/messages.html#getConversationMembers
   */
  getConversationMembers(params: T.MessagesGetConversationMembersParams, options?: O): Promise<T.MessagesGetConversationMembersResponse>;
  /**
   * Returns a list of the current user's conversations.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   *
   * VK: https://dev.vk.com/method/messages.getConversations
   * Guide: https://vkts.github.io/vkts/api/messages.html#getConversations
   */
  getConversations(params?: T.MessagesGetConversationsParams, options?: O): Promise<T.MessagesGetConversationsResponse>;
  /**
   * Returns conversations by their IDs
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   *
   * VK: https://dev.vk.com/method/messages.getConversationsById
   * Guide: https://vkts.github.io/vkts/api/messages.html#getConversationsById
   */
  getConversationsById<Extended extends T.MessagesGetConversationsByIdParams["extended"] = undefined>(params: MessagesGetConversationsByIdCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MessagesGetConversationsByIdResponse : [Extended] extends [1 | true] ? T.MessagesGetConversationsByIdExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MessagesGetConversationsByIdExtendedResponse) | T.MessagesGetConversationsByIdResponse>;
  /**
   * Returns message history for the specified user or group chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * VK: https://dev.vk.com/method/messages.getHistory
   * Guide: https://vkts.github.io/vkts/api/messages.html#getHistory
   */
  getHistory<Extended extends T.MessagesGetHistoryParams["extended"] = undefined>(params?: MessagesGetHistoryCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MessagesGetHistoryResponse : [Extended] extends [1 | true] ? T.MessagesGetHistoryExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MessagesGetHistoryExtendedResponse) | T.MessagesGetHistoryResponse>;
  /**
   * Returns media files from the dialog or group chat.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.getHistoryAttachments
   * Guide: https://vkts.github.io/vkts/api/messages.html#getHistoryAttachments
   */
  getHistoryAttachments(params?: T.MessagesGetHistoryAttachmentsParams, options?: O): Promise<T.MessagesGetHistoryAttachmentsResponse>;
  /**
   * Returns a list of user's important messages.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.getImportantMessages
   * Guide: https://vkts.github.io/vkts/api/messages.html#getImportantMessages
   */
  getImportantMessages<Extended extends T.MessagesGetImportantMessagesParams["extended"] = undefined>(params?: MessagesGetImportantMessagesCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MessagesGetImportantMessagesResponse : [Extended] extends [1 | true] ? T.MessagesGetImportantMessagesExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MessagesGetImportantMessagesExtendedResponse) | T.MessagesGetImportantMessagesResponse>;
  /**
   * Token types: group.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * VK: https://dev.vk.com/method/messages.getIntentUsers
   * Guide: https://vkts.github.io/vkts/api/messages.html#getIntentUsers
   */
  getIntentUsers(params: T.MessagesGetIntentUsersParams, options?: O): Promise<T.MessagesGetIntentUsersResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 919 `api_error_messages_cant_see_invite_link`: You can't see invite link for this chat
   * - 931 `api_error_messages_cant_change_invite_link`: You can't change invite link for this chat
   *
   * VK: https://dev.vk.com/method/messages.getInviteLink
   * Guide: https://vkts.github.io/vkts/api/messages.html#getInviteLink
   */
  getInviteLink(params: T.MessagesGetInviteLinkParams, options?: O): Promise<T.MessagesGetInviteLinkResponse | T.MessagesGetInviteLinkResponseByOwner>;
  /**
   * Returns a user's current status and date of last activity.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/messages.getLastActivity
   * Guide: https://vkts.github.io/vkts/api/messages.html#getLastActivity
   */
  getLastActivity(params: T.MessagesGetLastActivityParams, options?: O): Promise<T.MessagesGetLastActivityResponse>;
  /**
   * Returns updates in user's private messages.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 907 `api_error_messages_too_old_pts`: Value of ts or pts is too old
   * - 908 `api_error_messages_too_new_pts`: Value of ts or pts is too new
   * - 36 `api_error_timeout`: Method execution was interrupted due to timeout
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   * - 990 `api_error_messages_drop_device_cache`: Drop device cache
   *
   * VK: https://dev.vk.com/method/messages.getLongPollHistory
   * Guide: https://vkts.github.io/vkts/api/messages.html#getLongPollHistory
   */
  getLongPollHistory(params?: T.MessagesGetLongPollHistoryParams, options?: O): Promise<T.MessagesGetLongPollHistoryResponse>;
  /**
   * Returns data required for connection to a Long Poll server.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.getLongPollServer
   * Guide: https://vkts.github.io/vkts/api/messages.html#getLongPollServer
   */
  getLongPollServer(params?: T.MessagesGetLongPollServerParams, options?: O): Promise<T.MessagesGetLongPollServerResponse>;
  /**
   * Get reaction counters for message
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.getMessagesReactions
   * Guide: https://vkts.github.io/vkts/api/messages.html#getMessagesReactions
   */
  getMessagesReactions(params: T.MessagesGetMessagesReactionsParams, options?: O): Promise<T.MessagesGetMessagesReactionsResponse>;
  /**
   * Get reacted users and counters for message
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1009 `api_error_messages_invalid_reaction_id`: Unknown reaction passed
   *
   * VK: https://dev.vk.com/method/messages.getReactedPeers
   * Guide: https://vkts.github.io/vkts/api/messages.html#getReactedPeers
   */
  getReactedPeers(params: T.MessagesGetReactedPeersParams, options?: O): Promise<T.MessagesGetReactedPeersResponse>;
  /**
   * Get assets to display message reactions
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/messages.getReactionsAssets
   * Guide: https://vkts.github.io/vkts/api/messages.html#getReactionsAssets
   */
  getReactionsAssets(params?: T.MessagesGetReactionsAssetsParams, options?: O): Promise<T.MessagesGetReactionsAssetsResponse>;
  /**
   * Returns information whether sending messages from the community to current user is allowed.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   *
   * VK: https://dev.vk.com/method/messages.isMessagesFromGroupAllowed
   * Guide: https://vkts.github.io/vkts/api/messages.html#isMessagesFromGroupAllowed
   */
  isMessagesFromGroupAllowed(params: T.MessagesIsMessagesFromGroupAllowedParams, options?: O): Promise<T.MessagesIsMessagesFromGroupAllowedResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/messages.joinChatByInviteLink
   * Guide: https://vkts.github.io/vkts/api/messages.html#joinChatByInviteLink
   */
  joinChatByInviteLink(params: T.MessagesJoinChatByInviteLinkParams, options?: O): Promise<T.MessagesJoinChatByInviteLinkResponse>;
  /**
   * Marks and unmarks conversations as unanswered.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.markAsAnsweredConversation
   * Guide: https://vkts.github.io/vkts/api/messages.html#markAsAnsweredConversation
   */
  markAsAnsweredConversation(params: T.MessagesMarkAsAnsweredConversationParams, options?: O): Promise<T.MessagesMarkAsAnsweredConversationResponse>;
  /**
   * Marks and unmarks messages as important (starred).
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/messages.markAsImportant
   * Guide: https://vkts.github.io/vkts/api/messages.html#markAsImportant
   */
  markAsImportant(params?: T.MessagesMarkAsImportantParams, options?: O): Promise<T.MessagesMarkAsImportantResponse>;
  /**
   * Marks and unmarks conversations as important.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.markAsImportantConversation
   * Guide: https://vkts.github.io/vkts/api/messages.html#markAsImportantConversation
   */
  markAsImportantConversation(params: T.MessagesMarkAsImportantConversationParams, options?: O): Promise<T.MessagesMarkAsImportantConversationResponse>;
  /**
   * Marks messages as read.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.markAsRead
   * Guide: https://vkts.github.io/vkts/api/messages.html#markAsRead
   */
  markAsRead(params?: T.MessagesMarkAsReadParams, options?: O): Promise<T.MessagesMarkAsReadResponse>;
  /**
   * Mark messages reactions as read
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/messages.markReactionsAsRead
   * Guide: https://vkts.github.io/vkts/api/messages.html#markReactionsAsRead
   */
  markReactionsAsRead(params: T.MessagesMarkReactionsAsReadParams, options?: O): Promise<T.MessagesMarkReactionsAsReadResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/messages.muteChatMentions
   * Guide: https://vkts.github.io/vkts/api/messages.html#muteChatMentions
   */
  muteChatMentions(params: T.MessagesMuteChatMentionsParams, options?: O): Promise<T.MessagesMuteChatMentionsResponse>;
  /**
   * Pin a message.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 942 `api_error_messages_cant_pin_one_time_story`: Cannot pin one-time story
   * - 970 `api_error_messages_cant_pin_expiring_message`: Cannot pin an expiring message
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * VK: https://dev.vk.com/method/messages.pin
   * Guide: https://vkts.github.io/vkts/api/messages.html#pin
   */
  pin(params: T.MessagesPinParams, options?: O): Promise<T.MessagesPinResponse>;
  /**
   * Allows the current user to leave a chat or, if the current user started the chat, allows the user to remove another user from the chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 935 `api_error_messages_chat_user_not_in_chat`: User not found in chat
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   *
   * VK: https://dev.vk.com/method/messages.removeChatUser
   * Guide: https://vkts.github.io/vkts/api/messages.html#removeChatUser
   */
  removeChatUser(params: T.MessagesRemoveChatUserParams, options?: O): Promise<T.MessagesRemoveChatUserResponse>;
  /**
   * Restores a deleted message.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.restore
   * Guide: https://vkts.github.io/vkts/api/messages.html#restore
   */
  restore(params?: T.MessagesRestoreParams, options?: O): Promise<T.MessagesRestoreResponse>;
  /**
   * Returns a list of the current user's private messages that match search criteria.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.search
   * Guide: https://vkts.github.io/vkts/api/messages.html#search
   */
  search<Extended extends T.MessagesSearchParams["extended"] = undefined>(params?: MessagesSearchCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MessagesSearchResponse : [Extended] extends [1 | true] ? T.MessagesSearchExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MessagesSearchExtendedResponse) | T.MessagesSearchResponse>;
  /**
   * Returns a list of the current user's conversations that match search criteria.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/messages.searchConversations
   * Guide: https://vkts.github.io/vkts/api/messages.html#searchConversations
   */
  searchConversations<Extended extends T.MessagesSearchConversationsParams["extended"] = undefined>(params?: MessagesSearchConversationsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.MessagesSearchConversationsResponse : [Extended] extends [1 | true] ? T.MessagesSearchConversationsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.MessagesSearchConversationsExtendedResponse) | T.MessagesSearchConversationsResponse>;
  /**
   * Sends a message.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 900 `api_error_messages_user_blocked`: Can't send messages for users from blacklist
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   * - 902 `api_error_messages_privacy`: Can't send messages to this user due to their privacy settings
   * - 914 `api_error_messages_too_long_message`: Message is too long
   * - 913 `api_error_messages_too_long_forwards`: Too many forwarded messages
   * - 921 `api_error_messages_cant_fwd`: Can't forward these messages
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 911 `api_error_messages_keyboard_invalid`: Keyboard format is invalid
   * - 912 `api_error_messages_chat_bot_feature`: This is a chat bot feature, change this status in settings
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 940 `api_error_messages_too_many_posts`: Too many posts in messages
   * - 943 `api_error_messages_intent_cant_use`: Cannot use this intent
   * - 944 `api_error_messages_intent_limit_overflow`: Limits overflow for this intent
   * - 946 `api_error_messages_chat_unsupported`: Chat not supported
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 950 `api_error_messages_peer_blocked_reason_by_time`: Can't send message, reply timed out
   * - 104 `api_error_not_found`: Not found
   * - 962 `api_error_messages_user_not_don`: You can't access donut chat without subscription
   * - 969 `api_error_messages_message_cannot_be_forwarded`: Message cannot be forwarded
   * - 922 `api_error_messages_chat_user_left`: You left this chat
   * - 1012 `api_error_messages_writing_disabled_for_chat`: Writing is disabled for this chat
   * - 985 `api_error_messages_group_for_notifications_only`: Cannot write to notifications only groups
   * - 987 `api_error_messages_need_message_request`: Need message request
   * - 988 `api_error_messages_pending_message_request`: Pending message request
   *
   * VK: https://dev.vk.com/method/messages.send
   * Guide: https://vkts.github.io/vkts/api/messages.html#send
   */
  send<PeerIds extends T.MessagesSendParams["peer_ids"] = undefined>(params?: MessagesSendCallParams<PeerIds>, options?: O): Promise<[PeerIds] extends [undefined] ? T.MessagesSendDeprecatedResponse : [PeerIds] extends [{}] ? T.MessagesSendUserIdsResponse : ([Exclude<PeerIds, undefined> & {}] extends [never] ? never : T.MessagesSendUserIdsResponse) | T.MessagesSendDeprecatedResponse>;
  /**
   * Token types: group.
   *
   * VK: https://dev.vk.com/method/messages.sendMessageEventAnswer
   * Guide: https://vkts.github.io/vkts/api/messages.html#sendMessageEventAnswer
   */
  sendMessageEventAnswer(params: T.MessagesSendMessageEventAnswerParams, options?: O): Promise<T.MessagesSendMessageEventAnswerResponse>;
  /**
   * Send message reaction
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1009 `api_error_messages_invalid_reaction_id`: Unknown reaction passed
   * - 1010 `api_error_messages_forbidden_reaction`: This reaction has been disabled
   * - 1011 `api_error_messages_reactions_limit_reached`: Reactions limit for this message has been reached
   *
   * VK: https://dev.vk.com/method/messages.sendReaction
   * Guide: https://vkts.github.io/vkts/api/messages.html#sendReaction
   */
  sendReaction(params: T.MessagesSendReactionParams, options?: O): Promise<T.MessagesSendReactionResponse>;
  /**
   * Changes the status of a user as typing in a conversation.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 932 `api_error_messages_group_peer_access`: Your community can't interact with this peer
   * - 917 `api_error_messages_chat_user_no_access`: You don't have access to this chat
   * - 936 `api_error_messages_contact_not_found`: Contact not found
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * VK: https://dev.vk.com/method/messages.setActivity
   * Guide: https://vkts.github.io/vkts/api/messages.html#setActivity
   */
  setActivity(params?: T.MessagesSetActivityParams, options?: O): Promise<T.MessagesSetActivityResponse>;
  /**
   * Sets a previously-uploaded picture as the cover picture of a chat.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 22 `api_error_upload`: Upload error
   * - 1160 `api_error_photo_changed`: Original photo was changed
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 945 `api_error_messages_chat_disabled`: Chat was disabled
   *
   * VK: https://dev.vk.com/method/messages.setChatPhoto
   * Guide: https://vkts.github.io/vkts/api/messages.html#setChatPhoto
   */
  setChatPhoto(params: T.MessagesSetChatPhotoParams, options?: O): Promise<T.MessagesSetChatPhotoResponse>;
  /**
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 925 `api_error_messages_chat_not_admin`: You are not admin of this chat
   * - 927 `api_error_messages_chat_not_exist`: Chat does not exist
   *
   * VK: https://dev.vk.com/method/messages.unpin
   * Guide: https://vkts.github.io/vkts/api/messages.html#unpin
   */
  unpin(params: T.MessagesUnpinParams, options?: O): Promise<T.MessagesUnpinResponse>;
}

/**
 * The `newsfeed.*` methods. `O` is the client's per-call options type.
 */
export interface ApiNewsfeedNamespace<O> {
  /**
   * Prevents news from specified users and communities from appearing in the current user's newsfeed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.addBan
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#addBan
   */
  addBan(params?: T.NewsfeedAddBanParams, options?: O): Promise<T.NewsfeedAddBanResponse>;
  /**
   * Allows news from previously banned users and communities to be shown in the current user's newsfeed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.deleteBan
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#deleteBan
   */
  deleteBan(params?: T.NewsfeedDeleteBanParams, options?: O): Promise<T.NewsfeedDeleteBanResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.deleteList
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#deleteList
   */
  deleteList(params: T.NewsfeedDeleteListParams, options?: O): Promise<T.NewsfeedDeleteListResponse>;
  /**
   * Returns data required to show newsfeed for the current user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.get
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#get
   */
  get(params?: T.NewsfeedGetParams, options?: O): Promise<T.NewsfeedGetResponse>;
  /**
   * Returns a list of users and communities banned from the current user's newsfeed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.getBanned
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getBanned
   */
  getBanned<Extended extends T.NewsfeedGetBannedParams["extended"] = undefined>(params?: NewsfeedGetBannedCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.NewsfeedGetBannedResponse : [Extended] extends [1 | true] ? T.NewsfeedGetBannedExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.NewsfeedGetBannedExtendedResponse) | T.NewsfeedGetBannedResponse>;
  /**
   * Returns a list of comments in the current user's newsfeed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.getComments
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getComments
   */
  getComments(params?: T.NewsfeedGetCommentsParams, options?: O): Promise<T.NewsfeedGetCommentsResponse>;
  /**
   * Returns a list of newsfeeds followed by the current user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.getLists
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getLists
   */
  getLists<Extended extends T.NewsfeedGetListsParams["extended"] = undefined>(params?: NewsfeedGetListsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.NewsfeedGetListsResponse : [Extended] extends [1 | true] ? T.NewsfeedGetListsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.NewsfeedGetListsExtendedResponse) | T.NewsfeedGetListsResponse>;
  /**
   * Returns a list of posts on user walls in which the current user is mentioned.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.getMentions
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getMentions
   */
  getMentions(params?: T.NewsfeedGetMentionsParams, options?: O): Promise<T.NewsfeedGetMentionsResponse>;
  /**
   * , Returns a list of newsfeeds recommended to the current user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.getRecommended
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getRecommended
   */
  getRecommended(params?: T.NewsfeedGetRecommendedParams, options?: O): Promise<T.NewsfeedGetRecommendedResponse>;
  /**
   * Returns communities and users that current user is suggested to follow.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.getSuggestedSources
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#getSuggestedSources
   */
  getSuggestedSources(params?: T.NewsfeedGetSuggestedSourcesParams, options?: O): Promise<T.NewsfeedGetSuggestedSourcesResponse>;
  /**
   * Hides an item from the newsfeed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.ignoreItem
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#ignoreItem
   */
  ignoreItem(params: T.NewsfeedIgnoreItemParams, options?: O): Promise<T.NewsfeedIgnoreItemResponse>;
  /**
   * Creates and edits user newsfeed lists
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1170 `api_error_too_many_lists`: Too many feed lists
   *
   * VK: https://dev.vk.com/method/newsfeed.saveList
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#saveList
   */
  saveList(params: T.NewsfeedSaveListParams, options?: O): Promise<T.NewsfeedSaveListResponse>;
  /**
   * Returns search results by statuses.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/newsfeed.search
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#search
   */
  search<Extended extends T.NewsfeedSearchParams["extended"] = undefined>(params?: NewsfeedSearchCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.NewsfeedSearchResponse | T.NewsfeedSearchResponseStrict | T.NewsfeedSearchExtendedResponseStrict : [Extended] extends [1 | true] ? T.NewsfeedSearchExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.NewsfeedSearchExtendedResponse) | (T.NewsfeedSearchResponse | T.NewsfeedSearchResponseStrict | T.NewsfeedSearchExtendedResponseStrict)>;
  /**
   * Returns a hidden item to the newsfeed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.unignoreItem
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#unignoreItem
   */
  unignoreItem(params: T.NewsfeedUnignoreItemParams, options?: O): Promise<T.NewsfeedUnignoreItemResponse>;
  /**
   * Unsubscribes the current user from specified newsfeeds.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/newsfeed.unsubscribe
   * Guide: https://vkts.github.io/vkts/api/newsfeed.html#unsubscribe
   */
  unsubscribe(params: T.NewsfeedUnsubscribeParams, options?: O): Promise<T.NewsfeedUnsubscribeResponse>;
}

/**
 * The `notes.*` methods. `O` is the client's per-call options type.
 */
export interface ApiNotesNamespace<O> {
  /**
   * Creates a new note for the current user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/notes.add
   * Guide: https://vkts.github.io/vkts/api/notes.html#add
   */
  add(params: T.NotesAddParams, options?: O): Promise<T.NotesAddResponse>;
  /**
   * Adds a new comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 182 `api_error_access_note_comment`: You can't comment this note
   *
   * VK: https://dev.vk.com/method/notes.createComment
   * Guide: https://vkts.github.io/vkts/api/notes.html#createComment
   */
  createComment(params: T.NotesCreateCommentParams, options?: O): Promise<T.NotesCreateCommentResponse>;
  /**
   * Deletes a note of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * VK: https://dev.vk.com/method/notes.delete
   * Guide: https://vkts.github.io/vkts/api/notes.html#delete
   */
  delete(params: T.NotesDeleteParams, options?: O): Promise<T.NotesDeleteResponse>;
  /**
   * Deletes a comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * VK: https://dev.vk.com/method/notes.deleteComment
   * Guide: https://vkts.github.io/vkts/api/notes.html#deleteComment
   */
  deleteComment(params: T.NotesDeleteCommentParams, options?: O): Promise<T.NotesDeleteCommentResponse>;
  /**
   * Edits a note of the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * VK: https://dev.vk.com/method/notes.edit
   * Guide: https://vkts.github.io/vkts/api/notes.html#edit
   */
  edit(params: T.NotesEditParams, options?: O): Promise<T.NotesEditResponse>;
  /**
   * Edits a comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * VK: https://dev.vk.com/method/notes.editComment
   * Guide: https://vkts.github.io/vkts/api/notes.html#editComment
   */
  editComment(params: T.NotesEditCommentParams, options?: O): Promise<T.NotesEditCommentResponse>;
  /**
   * Returns a list of notes created by a user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 180 `api_error_param_note_id`: Note not found
   *
   * VK: https://dev.vk.com/method/notes.get
   * Guide: https://vkts.github.io/vkts/api/notes.html#get
   */
  get(params?: T.NotesGetParams, options?: O): Promise<T.NotesGetResponse>;
  /**
   * Returns a note by its ID.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   * - 180 `api_error_param_note_id`: Note not found
   *
   * VK: https://dev.vk.com/method/notes.getById
   * Guide: https://vkts.github.io/vkts/api/notes.html#getById
   */
  getById(params: T.NotesGetByIdParams, options?: O): Promise<T.NotesGetByIdResponse>;
  /**
   * Returns a list of comments on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 181 `api_error_access_note`: Access to note denied
   *
   * VK: https://dev.vk.com/method/notes.getComments
   * Guide: https://vkts.github.io/vkts/api/notes.html#getComments
   */
  getComments(params: T.NotesGetCommentsParams, options?: O): Promise<T.NotesGetCommentsResponse>;
  /**
   * Restores a deleted comment on a note.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 183 `api_error_access_comment`: Access to comment denied
   *
   * VK: https://dev.vk.com/method/notes.restoreComment
   * Guide: https://vkts.github.io/vkts/api/notes.html#restoreComment
   */
  restoreComment(params: T.NotesRestoreCommentParams, options?: O): Promise<T.NotesRestoreCommentResponse>;
}

/**
 * The `notifications.*` methods. `O` is the client's per-call options type.
 */
export interface ApiNotificationsNamespace<O> {
  /**
   * Returns a list of notifications about other users' feedback to the current user's wall posts.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/notifications.get
   * Guide: https://vkts.github.io/vkts/api/notifications.html#get
   */
  get(params?: T.NotificationsGetParams, options?: O): Promise<T.NotificationsGetResponse>;
  /**
   * Resets the counter of new notifications about other users' feedback to the current user's wall posts.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/notifications.markAsViewed
   * Guide: https://vkts.github.io/vkts/api/notifications.html#markAsViewed
   */
  markAsViewed(params?: T.NotificationsMarkAsViewedParams, options?: O): Promise<T.NotificationsMarkAsViewedResponse>;
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 711 `api_error_group_app_is_not_installed_in_community`: Application is not installed in community
   *
   * VK: https://dev.vk.com/method/notifications.sendMessage
   * Guide: https://vkts.github.io/vkts/api/notifications.html#sendMessage
   */
  sendMessage(params: T.NotificationsSendMessageParams, options?: O): Promise<T.NotificationsSendMessageResponse>;
}

/**
 * The `orders.*` methods. `O` is the client's per-call options type.
 */
export interface ApiOrdersNamespace<O> {
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1256 `api_error_apps_subscription_not_found`: Subscription not found
   * - 1257 `api_error_apps_subscription_invalid_status`: Subscription is in invalid status
   *
   * VK: https://dev.vk.com/method/orders.cancelSubscription
   * Guide: https://vkts.github.io/vkts/api/orders.html#cancelSubscription
   */
  cancelSubscription(params: T.OrdersCancelSubscriptionParams, options?: O): Promise<T.OrdersCancelSubscriptionResponse>;
  /**
   * Changes order status.
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * VK: https://dev.vk.com/method/orders.changeState
   * Guide: https://vkts.github.io/vkts/api/orders.html#changeState
   */
  changeState(params: T.OrdersChangeStateParams, options?: O): Promise<T.OrdersChangeStateResponse>;
  /**
   * Returns a list of orders.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/orders.get
   * Guide: https://vkts.github.io/vkts/api/orders.html#get
   */
  get(params?: T.OrdersGetParams, options?: O): Promise<T.OrdersGetResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/orders.getAmount
   * Guide: https://vkts.github.io/vkts/api/orders.html#getAmount
   */
  getAmount(params: T.OrdersGetAmountParams, options?: O): Promise<T.OrdersGetAmountResponse>;
  /**
   * Returns information about orders by their IDs.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/orders.getById
   * Guide: https://vkts.github.io/vkts/api/orders.html#getById
   */
  getById(params?: T.OrdersGetByIdParams, options?: O): Promise<T.OrdersGetByIdResponse>;
  /**
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1256 `api_error_apps_subscription_not_found`: Subscription not found
   *
   * VK: https://dev.vk.com/method/orders.getUserSubscriptionById
   * Guide: https://vkts.github.io/vkts/api/orders.html#getUserSubscriptionById
   */
  getUserSubscriptionById(params: T.OrdersGetUserSubscriptionByIdParams, options?: O): Promise<T.OrdersGetUserSubscriptionByIdResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/orders.getUserSubscriptions
   * Guide: https://vkts.github.io/vkts/api/orders.html#getUserSubscriptions
   */
  getUserSubscriptions(params: T.OrdersGetUserSubscriptionsParams, options?: O): Promise<T.OrdersGetUserSubscriptionsResponse>;
}

/**
 * The `pages.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPagesNamespace<O> {
  /**
   * Allows to clear the cache of particular 'external' pages which may be attached to VK posts.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/pages.clearCache
   * Guide: https://vkts.github.io/vkts/api/pages.html#clearCache
   */
  clearCache(params: T.PagesClearCacheParams, options?: O): Promise<T.PagesClearCacheResponse>;
  /**
   * Returns information about a wiki page.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/pages.get
   * Guide: https://vkts.github.io/vkts/api/pages.html#get
   */
  get(params?: T.PagesGetParams, options?: O): Promise<T.PagesGetResponse>;
  /**
   * Returns a list of all previous versions of a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   * - 140 `api_error_param_page_id`: Page not found
   *
   * VK: https://dev.vk.com/method/pages.getHistory
   * Guide: https://vkts.github.io/vkts/api/pages.html#getHistory
   */
  getHistory(params: T.PagesGetHistoryParams, options?: O): Promise<T.PagesGetHistoryResponse>;
  /**
   * Returns a list of wiki pages in a group.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   *
   * VK: https://dev.vk.com/method/pages.getTitles
   * Guide: https://vkts.github.io/vkts/api/pages.html#getTitles
   */
  getTitles(params?: T.PagesGetTitlesParams, options?: O): Promise<T.PagesGetTitlesResponse>;
  /**
   * Returns the text of one of the previous versions of a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   *
   * VK: https://dev.vk.com/method/pages.getVersion
   * Guide: https://vkts.github.io/vkts/api/pages.html#getVersion
   */
  getVersion(params: T.PagesGetVersionParams, options?: O): Promise<T.PagesGetVersionResponse>;
  /**
   * Returns HTML representation of the wiki markup.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/pages.parseWiki
   * Guide: https://vkts.github.io/vkts/api/pages.html#parseWiki
   */
  parseWiki(params: T.PagesParseWikiParams, options?: O): Promise<T.PagesParseWikiResponse>;
  /**
   * Saves the text of a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   * - 140 `api_error_param_page_id`: Page not found
   * - 119 `api_error_param_title`: Invalid title
   *
   * VK: https://dev.vk.com/method/pages.save
   * Guide: https://vkts.github.io/vkts/api/pages.html#save
   */
  save(params?: T.PagesSaveParams, options?: O): Promise<T.PagesSaveResponse>;
  /**
   * Saves modified read and edit access settings for a wiki page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 141 `api_error_access_page`: Access to page denied
   * - 140 `api_error_param_page_id`: Page not found
   *
   * VK: https://dev.vk.com/method/pages.saveAccess
   * Guide: https://vkts.github.io/vkts/api/pages.html#saveAccess
   */
  saveAccess(params: T.PagesSaveAccessParams, options?: O): Promise<T.PagesSaveAccessResponse>;
}

/**
 * The `photos.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPhotosNamespace<O> {
  /**
   * Confirms a tag on a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.confirmTag
   * Guide: https://vkts.github.io/vkts/api/photos.html#confirmTag
   */
  confirmTag(params: T.PhotosConfirmTagParams, options?: O): Promise<T.PhotosConfirmTagResponse>;
  /**
   * Allows to copy a photo to the "Saved photos" album
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.copy
   * Guide: https://vkts.github.io/vkts/api/photos.html#copy
   */
  copy(params: T.PhotosCopyParams, options?: O): Promise<T.PhotosCopyResponse>;
  /**
   * Creates an empty photo album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 302 `api_error_albums_limit`: Albums number limit is reached
   *
   * VK: https://dev.vk.com/method/photos.createAlbum
   * Guide: https://vkts.github.io/vkts/api/photos.html#createAlbum
   */
  createAlbum(params: T.PhotosCreateAlbumParams, options?: O): Promise<T.PhotosCreateAlbumResponse>;
  /**
   * Adds a new comment on the photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.createComment
   * Guide: https://vkts.github.io/vkts/api/photos.html#createComment
   */
  createComment(params: T.PhotosCreateCommentParams, options?: O): Promise<T.PhotosCreateCommentResponse>;
  /**
   * Deletes a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.delete
   * Guide: https://vkts.github.io/vkts/api/photos.html#delete
   */
  delete(params?: T.PhotosDeleteParams, options?: O): Promise<T.PhotosDeleteResponse>;
  /**
   * Deletes a photo album belonging to the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * VK: https://dev.vk.com/method/photos.deleteAlbum
   * Guide: https://vkts.github.io/vkts/api/photos.html#deleteAlbum
   */
  deleteAlbum(params: T.PhotosDeleteAlbumParams, options?: O): Promise<T.PhotosDeleteAlbumResponse>;
  /**
   * Deletes a comment on the photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.deleteComment
   * Guide: https://vkts.github.io/vkts/api/photos.html#deleteComment
   */
  deleteComment(params: T.PhotosDeleteCommentParams, options?: O): Promise<T.PhotosDeleteCommentResponse>;
  /**
   * Edits the caption of a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.edit
   * Guide: https://vkts.github.io/vkts/api/photos.html#edit
   */
  edit(params: T.PhotosEditParams, options?: O): Promise<T.PhotosEditResponse>;
  /**
   * Edits information about a photo album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * VK: https://dev.vk.com/method/photos.editAlbum
   * Guide: https://vkts.github.io/vkts/api/photos.html#editAlbum
   */
  editAlbum(params: T.PhotosEditAlbumParams, options?: O): Promise<T.PhotosEditAlbumResponse>;
  /**
   * Edits a comment on a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.editComment
   * Guide: https://vkts.github.io/vkts/api/photos.html#editComment
   */
  editComment(params: T.PhotosEditCommentParams, options?: O): Promise<T.PhotosEditCommentResponse>;
  /**
   * Returns a list of a user's or community's photos.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/photos.get
   * Guide: https://vkts.github.io/vkts/api/photos.html#get
   */
  get(params?: T.PhotosGetParams, options?: O): Promise<T.PhotosGetResponse>;
  /**
   * Returns a list of a user's or community's photo albums.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/photos.getAlbums
   * Guide: https://vkts.github.io/vkts/api/photos.html#getAlbums
   */
  getAlbums(params?: T.PhotosGetAlbumsParams, options?: O): Promise<T.PhotosGetAlbumsResponse>;
  /**
   * Returns the number of photo albums belonging to a user or community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.getAlbumsCount
   * Guide: https://vkts.github.io/vkts/api/photos.html#getAlbumsCount
   */
  getAlbumsCount(params?: T.PhotosGetAlbumsCountParams, options?: O): Promise<T.PhotosGetAlbumsCountResponse>;
  /**
   * Returns a list of photos belonging to a user or community, in reverse chronological order.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 19 `api_error_blocked`: Content blocked
   *
   * VK: https://dev.vk.com/method/photos.getAll
   * Guide: https://vkts.github.io/vkts/api/photos.html#getAll
   */
  getAll(params?: T.PhotosGetAllParams, options?: O): Promise<T.PhotosGetAllResponse>;
  /**
   * Returns a list of comments on a specific photo album or all albums of the user sorted in reverse chronological order.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   *
   * VK: https://dev.vk.com/method/photos.getAllComments
   * Guide: https://vkts.github.io/vkts/api/photos.html#getAllComments
   */
  getAllComments(params?: T.PhotosGetAllCommentsParams, options?: O): Promise<T.PhotosGetAllCommentsResponse>;
  /**
   * Returns information about photos by their IDs.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/photos.getById
   * Guide: https://vkts.github.io/vkts/api/photos.html#getById
   */
  getById(params: T.PhotosGetByIdParams, options?: O): Promise<T.PhotosGetByIdResponse>;
  /**
   * Returns an upload link for chat cover pictures.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/photos.getChatUploadServer
   * Guide: https://vkts.github.io/vkts/api/photos.html#getChatUploadServer
   */
  getChatUploadServer(params: T.PhotosGetChatUploadServerParams, options?: O): Promise<T.PhotosGetChatUploadServerResponse>;
  /**
   * Returns a list of comments on a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.getComments
   * Guide: https://vkts.github.io/vkts/api/photos.html#getComments
   */
  getComments<Extended extends T.PhotosGetCommentsParams["extended"] = undefined>(params: PhotosGetCommentsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.PhotosGetCommentsResponse : [Extended] extends [1 | true] ? T.PhotosGetCommentsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.PhotosGetCommentsExtendedResponse) | T.PhotosGetCommentsResponse>;
  /**
   * Returns the server address for market album photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/photos.getMarketAlbumUploadServer
   * Guide: https://vkts.github.io/vkts/api/photos.html#getMarketAlbumUploadServer
   */
  getMarketAlbumUploadServer(params: T.PhotosGetMarketAlbumUploadServerParams, options?: O): Promise<T.PhotosGetMarketAlbumUploadServerResponse>;
  /**
   * Returns the server address for photo upload in a private message for a user.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 901 `api_error_messages_deny_send`: Can't send messages for users without permission
   *
   * VK: https://dev.vk.com/method/photos.getMessagesUploadServer
   * Guide: https://vkts.github.io/vkts/api/photos.html#getMessagesUploadServer
   */
  getMessagesUploadServer(params?: T.PhotosGetMessagesUploadServerParams, options?: O): Promise<T.PhotosGetMessagesUploadServerResponse>;
  /**
   * Returns a list of photos with tags that have not been viewed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.getNewTags
   * Guide: https://vkts.github.io/vkts/api/photos.html#getNewTags
   */
  getNewTags(params?: T.PhotosGetNewTagsParams, options?: O): Promise<T.PhotosGetNewTagsResponse>;
  /**
   * Returns the server address for owner cover upload.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * VK: https://dev.vk.com/method/photos.getOwnerCoverPhotoUploadServer
   * Guide: https://vkts.github.io/vkts/api/photos.html#getOwnerCoverPhotoUploadServer
   */
  getOwnerCoverPhotoUploadServer(params?: T.PhotosGetOwnerCoverPhotoUploadServerParams, options?: O): Promise<T.PhotosGetOwnerCoverPhotoUploadServerResponse>;
  /**
   * Returns an upload server address for a profile or community photo.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * VK: https://dev.vk.com/method/photos.getOwnerPhotoUploadServer
   * Guide: https://vkts.github.io/vkts/api/photos.html#getOwnerPhotoUploadServer
   */
  getOwnerPhotoUploadServer(params?: T.PhotosGetOwnerPhotoUploadServerParams, options?: O): Promise<T.PhotosGetOwnerPhotoUploadServerResponse>;
  /**
   * Returns a list of tags on a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.getTags
   * Guide: https://vkts.github.io/vkts/api/photos.html#getTags
   */
  getTags(params: T.PhotosGetTagsParams, options?: O): Promise<T.PhotosGetTagsResponse>;
  /**
   * Returns the server address for photo upload.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * VK: https://dev.vk.com/method/photos.getUploadServer
   * Guide: https://vkts.github.io/vkts/api/photos.html#getUploadServer
   */
  getUploadServer(params?: T.PhotosGetUploadServerParams, options?: O): Promise<T.PhotosGetUploadServerResponse>;
  /**
   * Returns a list of photos in which a user is tagged.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.getUserPhotos
   * Guide: https://vkts.github.io/vkts/api/photos.html#getUserPhotos
   */
  getUserPhotos(params?: T.PhotosGetUserPhotosParams, options?: O): Promise<T.PhotosGetUserPhotosResponse>;
  /**
   * Returns the server address for photo upload onto a user's wall.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.getWallUploadServer
   * Guide: https://vkts.github.io/vkts/api/photos.html#getWallUploadServer
   */
  getWallUploadServer(params?: T.PhotosGetWallUploadServerParams, options?: O): Promise<T.PhotosGetWallUploadServerResponse>;
  /**
   * Makes a photo into an album cover.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.makeCover
   * Guide: https://vkts.github.io/vkts/api/photos.html#makeCover
   */
  makeCover(params: T.PhotosMakeCoverParams, options?: O): Promise<T.PhotosMakeCoverResponse>;
  /**
   * Moves a photo from one album to another.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.move
   * Guide: https://vkts.github.io/vkts/api/photos.html#move
   */
  move(params: T.PhotosMoveParams, options?: O): Promise<T.PhotosMoveResponse>;
  /**
   * Adds a tag on the photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.putTag
   * Guide: https://vkts.github.io/vkts/api/photos.html#putTag
   */
  putTag(params: T.PhotosPutTagParams, options?: O): Promise<T.PhotosPutTagResponse>;
  /**
   * Removes a tag from a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.removeTag
   * Guide: https://vkts.github.io/vkts/api/photos.html#removeTag
   */
  removeTag(params: T.PhotosRemoveTagParams, options?: O): Promise<T.PhotosRemoveTagResponse>;
  /**
   * Reorders the album in the list of user albums.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.reorderAlbums
   * Guide: https://vkts.github.io/vkts/api/photos.html#reorderAlbums
   */
  reorderAlbums(params: T.PhotosReorderAlbumsParams, options?: O): Promise<T.PhotosReorderAlbumsResponse>;
  /**
   * Reorders the photo in the list of photos of the user album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 122 `api_error_param_photos`: Invalid photos
   *
   * VK: https://dev.vk.com/method/photos.reorderPhotos
   * Guide: https://vkts.github.io/vkts/api/photos.html#reorderPhotos
   */
  reorderPhotos(params: T.PhotosReorderPhotosParams, options?: O): Promise<T.PhotosReorderPhotosResponse>;
  /**
   * Reports (submits a complaint about) a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.report
   * Guide: https://vkts.github.io/vkts/api/photos.html#report
   */
  report(params: T.PhotosReportParams, options?: O): Promise<T.PhotosReportResponse>;
  /**
   * Reports (submits a complaint about) a comment on a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.reportComment
   * Guide: https://vkts.github.io/vkts/api/photos.html#reportComment
   */
  reportComment(params: T.PhotosReportCommentParams, options?: O): Promise<T.PhotosReportCommentResponse>;
  /**
   * Restores a deleted photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.restore
   * Guide: https://vkts.github.io/vkts/api/photos.html#restore
   */
  restore(params: T.PhotosRestoreParams, options?: O): Promise<T.PhotosRestoreResponse>;
  /**
   * Restores a deleted comment on a photo.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/photos.restoreComment
   * Guide: https://vkts.github.io/vkts/api/photos.html#restoreComment
   */
  restoreComment(params: T.PhotosRestoreCommentParams, options?: O): Promise<T.PhotosRestoreCommentResponse>;
  /**
   * Saves photos after successful uploading.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   * - 118 `api_error_param_server`: Invalid server
   * - 121 `api_error_param_hash`: Invalid hash
   * - 22 `api_error_upload`: Upload error
   *
   * VK: https://dev.vk.com/method/photos.save
   * Guide: https://vkts.github.io/vkts/api/photos.html#save
   */
  save(params?: T.PhotosSaveParams, options?: O): Promise<T.PhotosSaveResponse>;
  /**
   * Saves market album photos after successful uploading.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 121 `api_error_param_hash`: Invalid hash
   * - 129 `api_error_param_photo`: Invalid photo
   * - 1438 `api_error_market_not_enabled`: Market not enabled
   *
   * VK: https://dev.vk.com/method/photos.saveMarketAlbumPhoto
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveMarketAlbumPhoto
   */
  saveMarketAlbumPhoto(params: T.PhotosSaveMarketAlbumPhotoParams, options?: O): Promise<T.PhotosSaveMarketAlbumPhotoResponse>;
  /**
   * Saves a photo after being successfully uploaded. URL obtained with [vk.com/dev/photos.getMessagesUploadServer|photos.getMessagesUploadServer] method.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   * - 118 `api_error_param_server`: Invalid server
   * - 121 `api_error_param_hash`: Invalid hash
   *
   * VK: https://dev.vk.com/method/photos.saveMessagesPhoto
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveMessagesPhoto
   */
  saveMessagesPhoto(params: T.PhotosSaveMessagesPhotoParams, options?: O): Promise<T.PhotosSaveMessagesPhotoResponse>;
  /**
   * Saves cover photo after successful uploading.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * VK: https://dev.vk.com/method/photos.saveOwnerCoverPhoto
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveOwnerCoverPhoto
   */
  saveOwnerCoverPhoto(params?: T.PhotosSaveOwnerCoverPhotoParams, options?: O): Promise<T.PhotosSaveOwnerCoverPhotoResponse>;
  /**
   * Saves a profile or community photo. Upload URL can be got with the [vk.com/dev/photos.getOwnerPhotoUploadServer|photos.getOwnerPhotoUploadServer] method.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   *
   * VK: https://dev.vk.com/method/photos.saveOwnerPhoto
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveOwnerPhoto
   */
  saveOwnerPhoto(params?: T.PhotosSaveOwnerPhotoParams, options?: O): Promise<T.PhotosSaveOwnerPhotoResponse>;
  /**
   * Saves a photo to a user's or community's wall after being uploaded.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 114 `api_error_param_album_id`: Invalid album id
   * - 118 `api_error_param_server`: Invalid server
   * - 121 `api_error_param_hash`: Invalid hash
   * - 22 `api_error_upload`: Upload error
   *
   * VK: https://dev.vk.com/method/photos.saveWallPhoto
   * Guide: https://vkts.github.io/vkts/api/photos.html#saveWallPhoto
   */
  saveWallPhoto(params: T.PhotosSaveWallPhotoParams, options?: O): Promise<T.PhotosSaveWallPhotoResponse>;
  /**
   * Returns a list of photos.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/photos.search
   * Guide: https://vkts.github.io/vkts/api/photos.html#search
   */
  search(params?: T.PhotosSearchParams, options?: O): Promise<T.PhotosSearchResponse>;
}

/**
 * The `podcasts.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPodcastsNamespace<O> {
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/podcasts.searchPodcast
   * Guide: https://vkts.github.io/vkts/api/podcasts.html#searchPodcast
   */
  searchPodcast(params: T.PodcastsSearchPodcastParams, options?: O): Promise<T.PodcastsSearchPodcastResponse>;
}

/**
 * The `polls.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPollsNamespace<O> {
  /**
   * Adds the current user's vote to the selected answer in the poll.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   * - 252 `api_error_polls_answer_id`: Invalid answer id
   * - 251 `api_error_polls_poll_id`: Invalid poll id
   *
   * VK: https://dev.vk.com/method/polls.addVote
   * Guide: https://vkts.github.io/vkts/api/polls.html#addVote
   */
  addVote(params: T.PollsAddVoteParams, options?: O): Promise<T.PollsAddVoteResponse>;
  /**
   * Creates polls that can be attached to the users' or communities' posts.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/polls.create
   * Guide: https://vkts.github.io/vkts/api/polls.html#create
   */
  create(params?: T.PollsCreateParams, options?: O): Promise<T.PollsCreateResponse>;
  /**
   * Deletes the current user's vote from the selected answer in the poll.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   * - 252 `api_error_polls_answer_id`: Invalid answer id
   * - 251 `api_error_polls_poll_id`: Invalid poll id
   *
   * VK: https://dev.vk.com/method/polls.deleteVote
   * Guide: https://vkts.github.io/vkts/api/polls.html#deleteVote
   */
  deleteVote(params: T.PollsDeleteVoteParams, options?: O): Promise<T.PollsDeleteVoteResponse>;
  /**
   * Edits created polls
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/polls.edit
   * Guide: https://vkts.github.io/vkts/api/polls.html#edit
   */
  edit(params: T.PollsEditParams, options?: O): Promise<T.PollsEditResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/polls.getBackgrounds
   * Guide: https://vkts.github.io/vkts/api/polls.html#getBackgrounds
   */
  getBackgrounds(params?: T.PollsGetBackgroundsParams, options?: O): Promise<T.PollsGetBackgroundsResponse>;
  /**
   * Returns detailed information about a poll by its ID.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   *
   * VK: https://dev.vk.com/method/polls.getById
   * Guide: https://vkts.github.io/vkts/api/polls.html#getById
   */
  getById(params: T.PollsGetByIdParams, options?: O): Promise<T.PollsGetByIdResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/polls.getPhotoUploadServer
   * Guide: https://vkts.github.io/vkts/api/polls.html#getPhotoUploadServer
   */
  getPhotoUploadServer(params?: T.PollsGetPhotoUploadServerParams, options?: O): Promise<T.PollsGetPhotoUploadServerResponse>;
  /**
   * Returns a list of IDs of users who selected specific answers in the poll.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 250 `api_error_polls_access`: Access to poll denied
   * - 252 `api_error_polls_answer_id`: Invalid answer id
   * - 251 `api_error_polls_poll_id`: Invalid poll id
   * - 253 `api_error_polls_access_without_vote`: Access denied, please vote first
   *
   * VK: https://dev.vk.com/method/polls.getVoters
   * Guide: https://vkts.github.io/vkts/api/polls.html#getVoters
   */
  getVoters<Fields extends T.PollsGetVotersParams["fields"] = undefined>(params: PollsGetVotersCallParams<Fields>, options?: O): Promise<[Fields] extends [undefined] ? T.PollsGetVotersResponse : [Fields] extends [{}] ? T.PollsGetVotersFieldsResponse : ([Exclude<Fields, undefined> & {}] extends [never] ? never : T.PollsGetVotersFieldsResponse) | T.PollsGetVotersResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * VK: https://dev.vk.com/method/polls.savePhoto
   * Guide: https://vkts.github.io/vkts/api/polls.html#savePhoto
   */
  savePhoto(params?: T.PollsSavePhotoParams, options?: O): Promise<T.PollsSavePhotoResponse>;
}

/**
 * The `prettyCards.*` methods. `O` is the client's per-call options type.
 */
export interface ApiPrettyCardsNamespace<O> {
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1901 `api_error_pretty_cards_too_many_cards`: Too many cards
   *
   * VK: https://dev.vk.com/method/prettyCards.create
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#create
   */
  create(params: T.PrettyCardsCreateParams, options?: O): Promise<T.PrettyCardsCreateResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1900 `api_error_pretty_cards_card_not_found`: Card not found
   * - 1902 `api_error_pretty_cards_card_is_connected_to_post`: Card is connected to post
   *
   * VK: https://dev.vk.com/method/prettyCards.delete
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#delete
   */
  delete(params: T.PrettyCardsDeleteParams, options?: O): Promise<T.PrettyCardsDeleteResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 1900 `api_error_pretty_cards_card_not_found`: Card not found
   *
   * VK: https://dev.vk.com/method/prettyCards.edit
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#edit
   */
  edit(params: T.PrettyCardsEditParams, options?: O): Promise<T.PrettyCardsEditResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/prettyCards.get
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#get
   */
  get(params: T.PrettyCardsGetParams, options?: O): Promise<T.PrettyCardsGetResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/prettyCards.getById
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#getById
   */
  getById(params: T.PrettyCardsGetByIdParams, options?: O): Promise<T.PrettyCardsGetByIdResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/prettyCards.getUploadURL
   * Guide: https://vkts.github.io/vkts/api/prettyCards.html#getUploadURL
   */
  getUploadURL(params?: T.PrettyCardsGetUploadURLParams, options?: O): Promise<T.PrettyCardsGetUploadURLResponse>;
}

/**
 * The `search.*` methods. `O` is the client's per-call options type.
 */
export interface ApiSearchNamespace<O> {
  /**
   * Allows the programmer to do a quick search for any substring.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/search.getHints
   * Guide: https://vkts.github.io/vkts/api/search.html#getHints
   */
  getHints(params?: T.SearchGetHintsParams, options?: O): Promise<T.SearchGetHintsResponse>;
}

/**
 * The `secure.*` methods. `O` is the client's per-call options type.
 */
export interface ApiSecureNamespace<O> {
  /**
   * Adds user activity information to an application
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 1251 `api_error_apps_already_unlocked`: This achievement is already unlocked
   *
   * VK: https://dev.vk.com/method/secure.addAppEvent
   * Guide: https://vkts.github.io/vkts/api/secure.html#addAppEvent
   */
  addAppEvent(params: T.SecureAddAppEventParams, options?: O): Promise<T.SecureAddAppEventResponse>;
  /**
   * Checks the user authentication in 'IFrame' and 'Flash' apps using the 'access_token' parameter.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/secure.checkToken
   * Guide: https://vkts.github.io/vkts/api/secure.html#checkToken
   */
  checkToken(params?: T.SecureCheckTokenParams, options?: O): Promise<T.SecureCheckTokenResponse>;
  /**
   * Returns payment balance of the application in hundredth of a vote.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/secure.getAppBalance
   * Guide: https://vkts.github.io/vkts/api/secure.html#getAppBalance
   */
  getAppBalance(params?: T.SecureGetAppBalanceParams, options?: O): Promise<T.SecureGetAppBalanceResponse>;
  /**
   * Shows a list of SMS notifications sent by the application using [vk.com/dev/secure.sendSMSNotification|secure.sendSMSNotification] method.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/secure.getSMSHistory
   * Guide: https://vkts.github.io/vkts/api/secure.html#getSMSHistory
   */
  getSMSHistory(params?: T.SecureGetSMSHistoryParams, options?: O): Promise<T.SecureGetSMSHistoryResponse>;
  /**
   * Shows history of votes transaction between users and the application.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/secure.getTransactionsHistory
   * Guide: https://vkts.github.io/vkts/api/secure.html#getTransactionsHistory
   */
  getTransactionsHistory(params?: T.SecureGetTransactionsHistoryParams, options?: O): Promise<T.SecureGetTransactionsHistoryResponse>;
  /**
   * Returns one of the previously set game levels of one or more users in the application.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/secure.getUserLevel
   * Guide: https://vkts.github.io/vkts/api/secure.html#getUserLevel
   */
  getUserLevel(params: T.SecureGetUserLevelParams, options?: O): Promise<T.SecureGetUserLevelResponse>;
  /**
   * Opens the game achievement and gives the user a sticker
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/secure.giveEventSticker
   * Guide: https://vkts.github.io/vkts/api/secure.html#giveEventSticker
   */
  giveEventSticker(params: T.SecureGiveEventStickerParams, options?: O): Promise<T.SecureGiveEventStickerResponse>;
  /**
   * Sends notification to the user.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/secure.sendNotification
   * Guide: https://vkts.github.io/vkts/api/secure.html#sendNotification
   */
  sendNotification(params: T.SecureSendNotificationParams, options?: O): Promise<T.SecureSendNotificationResponse>;
  /**
   * Sends 'SMS' notification to a user's mobile device.
   *
   * Token types: service.
   *
   * Errors (besides the global ones):
   * - 147 `api_error_insufficient_funds`: Application has insufficient funds
   * - 146 `api_error_mobile_not_activated`: The mobile number of the user is unknown
   *
   * VK: https://dev.vk.com/method/secure.sendSMSNotification
   * Guide: https://vkts.github.io/vkts/api/secure.html#sendSMSNotification
   */
  sendSMSNotification(params: T.SecureSendSMSNotificationParams, options?: O): Promise<T.SecureSendSMSNotificationResponse>;
  /**
   * Sets a counter which is shown to the user in bold in the left menu.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/secure.setCounter
   * Guide: https://vkts.github.io/vkts/api/secure.html#setCounter
   */
  setCounter(params?: T.SecureSetCounterParams, options?: O): Promise<T.SecureSetCounterResponseInteger | T.SecureSetCounterResponseArray>;
}

/**
 * The `stats.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStatsNamespace<O> {
  /**
   * Returns statistics of a community or an application.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/stats.get
   * Guide: https://vkts.github.io/vkts/api/stats.html#get
   */
  get(params?: T.StatsGetParams, options?: O): Promise<T.StatsGetResponse>;
  /**
   * Returns stats for a wall post.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   *
   * VK: https://dev.vk.com/method/stats.getPostReach
   * Guide: https://vkts.github.io/vkts/api/stats.html#getPostReach
   */
  getPostReach(params: T.StatsGetPostReachParams, options?: O): Promise<T.StatsGetPostReachResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/stats.trackVisitor
   * Guide: https://vkts.github.io/vkts/api/stats.html#trackVisitor
   */
  trackVisitor(params?: T.StatsTrackVisitorParams, options?: O): Promise<T.StatsTrackVisitorResponse>;
}

/**
 * The `status.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStatusNamespace<O> {
  /**
   * Returns data required to show the status of a user or community.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/status.get
   * Guide: https://vkts.github.io/vkts/api/status.html#get
   */
  get(params?: T.StatusGetParams, options?: O): Promise<T.StatusGetResponse>;
  /**
   * Sets a new status for the current user.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 221 `api_error_status_no_audio`: User disabled track name broadcast
   *
   * VK: https://dev.vk.com/method/status.set
   * Guide: https://vkts.github.io/vkts/api/status.html#set
   */
  set(params?: T.StatusSetParams, options?: O): Promise<T.StatusSetResponse>;
}

/**
 * The `storage.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStorageNamespace<O> {
  /**
   * Returns a value of variable with the name set by key parameter.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/storage.get
   * Guide: https://vkts.github.io/vkts/api/storage.html#get
   */
  get(params?: T.StorageGetParams, options?: O): Promise<T.StorageGetResponse>;
  /**
   * Returns the names of all variables.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/storage.getKeys
   * Guide: https://vkts.github.io/vkts/api/storage.html#getKeys
   */
  getKeys(params?: T.StorageGetKeysParams, options?: O): Promise<T.StorageGetKeysResponse>;
  /**
   * Saves a value of variable with the name set by 'key' parameter.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 103 `api_error_limits`: Out of limits
   *
   * VK: https://dev.vk.com/method/storage.set
   * Guide: https://vkts.github.io/vkts/api/storage.html#set
   */
  set(params: T.StorageSetParams, options?: O): Promise<T.StorageSetResponse>;
}

/**
 * The `store.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStoreNamespace<O> {
  /**
   * Adds given sticker IDs to the list of user's favorite stickers
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 2100 `api_error_stickers_not_purchased`: Stickers are not purchased
   * - 2101 `api_error_stickers_too_many_favorites`: Too many favorite stickers
   *
   * VK: https://dev.vk.com/method/store.addStickersToFavorite
   * Guide: https://vkts.github.io/vkts/api/store.html#addStickersToFavorite
   */
  addStickersToFavorite(params: T.StoreAddStickersToFavoriteParams, options?: O): Promise<T.StoreAddStickersToFavoriteResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/store.getFavoriteStickers
   * Guide: https://vkts.github.io/vkts/api/store.html#getFavoriteStickers
   */
  getFavoriteStickers(params?: T.StoreGetFavoriteStickersParams, options?: O): Promise<T.StoreGetFavoriteStickersResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/store.getProducts
   * Guide: https://vkts.github.io/vkts/api/store.html#getProducts
   */
  getProducts(params?: T.StoreGetProductsParams, options?: O): Promise<T.StoreGetProductsResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/store.getStickersKeywords
   * Guide: https://vkts.github.io/vkts/api/store.html#getStickersKeywords
   */
  getStickersKeywords(params?: T.StoreGetStickersKeywordsParams, options?: O): Promise<T.StoreGetStickersKeywordsResponse>;
  /**
   * Removes given sticker IDs from the list of user's favorite stickers
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 2102 `api_error_stickers_not_favorite`: Stickers are not favorite
   *
   * VK: https://dev.vk.com/method/store.removeStickersFromFavorite
   * Guide: https://vkts.github.io/vkts/api/store.html#removeStickersFromFavorite
   */
  removeStickersFromFavorite(params: T.StoreRemoveStickersFromFavoriteParams, options?: O): Promise<T.StoreRemoveStickersFromFavoriteResponse>;
}

/**
 * The `stories.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStoriesNamespace<O> {
  /**
   * Allows to hide stories from chosen sources from current user's feed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/stories.banOwner
   * Guide: https://vkts.github.io/vkts/api/stories.html#banOwner
   */
  banOwner(params: T.StoriesBanOwnerParams, options?: O): Promise<T.StoriesBanOwnerResponse>;
  /**
   * Allows to delete story.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/stories.delete
   * Guide: https://vkts.github.io/vkts/api/stories.html#delete
   */
  delete(params?: T.StoriesDeleteParams, options?: O): Promise<T.StoriesDeleteResponse>;
  /**
   * Returns stories available for current user.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/stories.get
   * Guide: https://vkts.github.io/vkts/api/stories.html#get
   */
  get(params?: T.StoriesGetParams, options?: O): Promise<T.StoriesGetResponse>;
  /**
   * Returns list of sources hidden from current user's feed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/stories.getBanned
   * Guide: https://vkts.github.io/vkts/api/stories.html#getBanned
   */
  getBanned<Extended extends T.StoriesGetBannedParams["extended"] = undefined>(params?: StoriesGetBannedCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.StoriesGetBannedResponse : [Extended] extends [1 | true] ? T.StoriesGetBannedExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.StoriesGetBannedExtendedResponse) | T.StoriesGetBannedResponse>;
  /**
   * Returns story by its ID.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1600 `api_error_story_expired`: Story has already expired
   *
   * VK: https://dev.vk.com/method/stories.getById
   * Guide: https://vkts.github.io/vkts/api/stories.html#getById
   */
  getById(params: T.StoriesGetByIdParams, options?: O): Promise<T.StoriesGetByIdResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/stories.getDetailedStats
   * Guide: https://vkts.github.io/vkts/api/stories.html#getDetailedStats
   */
  getDetailedStats(params: T.StoriesGetDetailedStatsParams, options?: O): Promise<T.StoriesGetDetailedStatsResponse>;
  /**
   * Returns URL for uploading a story with photo.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 900 `api_error_messages_user_blocked`: Can't send messages for users from blacklist
   * - 1602 `api_error_story_incorrect_reply_privacy`: Incorrect reply privacy
   * - 19 `api_error_blocked`: Content blocked
   *
   * VK: https://dev.vk.com/method/stories.getPhotoUploadServer
   * Guide: https://vkts.github.io/vkts/api/stories.html#getPhotoUploadServer
   */
  getPhotoUploadServer(params?: T.StoriesGetPhotoUploadServerParams, options?: O): Promise<T.StoriesGetPhotoUploadServerResponse>;
  /**
   * Returns replies to the story.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/stories.getReplies
   * Guide: https://vkts.github.io/vkts/api/stories.html#getReplies
   */
  getReplies(params: T.StoriesGetRepliesParams, options?: O): Promise<T.StoriesGetRepliesResponse>;
  /**
   * Returns stories available for current user.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/stories.getStats
   * Guide: https://vkts.github.io/vkts/api/stories.html#getStats
   */
  getStats(params: T.StoriesGetStatsParams, options?: O): Promise<T.StoriesGetStatsResponse>;
  /**
   * Allows to receive URL for uploading story with video.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 900 `api_error_messages_user_blocked`: Can't send messages for users from blacklist
   * - 1602 `api_error_story_incorrect_reply_privacy`: Incorrect reply privacy
   * - 19 `api_error_blocked`: Content blocked
   *
   * VK: https://dev.vk.com/method/stories.getVideoUploadServer
   * Guide: https://vkts.github.io/vkts/api/stories.html#getVideoUploadServer
   */
  getVideoUploadServer(params?: T.StoriesGetVideoUploadServerParams, options?: O): Promise<T.StoriesGetVideoUploadServerResponse>;
  /**
   * Returns a list of story viewers.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 1600 `api_error_story_expired`: Story has already expired
   *
   * VK: https://dev.vk.com/method/stories.getViewers
   * Guide: https://vkts.github.io/vkts/api/stories.html#getViewers
   */
  getViewers(params: T.StoriesGetViewersParams, options?: O): Promise<T.StoriesGetViewersResponse>;
  /**
   * Hides all replies in the last 24 hours from the user to current user's stories.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/stories.hideAllReplies
   * Guide: https://vkts.github.io/vkts/api/stories.html#hideAllReplies
   */
  hideAllReplies(params: T.StoriesHideAllRepliesParams, options?: O): Promise<T.StoriesHideAllRepliesResponse>;
  /**
   * Hides the reply to the current user's story.
   *
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/stories.hideReply
   * Guide: https://vkts.github.io/vkts/api/stories.html#hideReply
   */
  hideReply(params: T.StoriesHideReplyParams, options?: O): Promise<T.StoriesHideReplyResponse>;
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/stories.save
   * Guide: https://vkts.github.io/vkts/api/stories.html#save
   */
  save(params?: T.StoriesSaveParams, options?: O): Promise<T.StoriesSaveResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/stories.search
   * Guide: https://vkts.github.io/vkts/api/stories.html#search
   */
  search(params?: T.StoriesSearchParams, options?: O): Promise<T.StoriesSearchResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/stories.sendInteraction
   * Guide: https://vkts.github.io/vkts/api/stories.html#sendInteraction
   */
  sendInteraction(params: T.StoriesSendInteractionParams, options?: O): Promise<T.StoriesSendInteractionResponse>;
  /**
   * Allows to show stories from hidden sources in current user's feed.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/stories.unbanOwner
   * Guide: https://vkts.github.io/vkts/api/stories.html#unbanOwner
   */
  unbanOwner(params: T.StoriesUnbanOwnerParams, options?: O): Promise<T.StoriesUnbanOwnerResponse>;
}

/**
 * The `streaming.*` methods. `O` is the client's per-call options type.
 */
export interface ApiStreamingNamespace<O> {
  /**
   * Allows to receive data for the connection to Streaming API.
   *
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/streaming.getServerUrl
   * Guide: https://vkts.github.io/vkts/api/streaming.html#getServerUrl
   */
  getServerUrl(params?: T.StreamingGetServerUrlParams, options?: O): Promise<T.StreamingGetServerUrlResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/streaming.getStats
   * Guide: https://vkts.github.io/vkts/api/streaming.html#getStats
   */
  getStats(params?: T.StreamingGetStatsParams, options?: O): Promise<T.StreamingGetStatsResponse>;
  /**
   * Token types: service.
   *
   * VK: https://dev.vk.com/method/streaming.getStem
   * Guide: https://vkts.github.io/vkts/api/streaming.html#getStem
   */
  getStem(params: T.StreamingGetStemParams, options?: O): Promise<T.StreamingGetStemResponse>;
}

/**
 * The `translations.*` methods. `O` is the client's per-call options type.
 */
export interface ApiTranslationsNamespace<O> {
  /**
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 11101 `api_error_translations_cant_translate`: Can't translate.
   * - 11102 `api_error_translations_multiple_source_lang`: Multiple source languages. Only one allowed.
   *
   * VK: https://dev.vk.com/method/translations.translate
   * Guide: https://vkts.github.io/vkts/api/translations.html#translate
   */
  translate(params: T.TranslationsTranslateParams, options?: O): Promise<T.TranslationsTranslateResponse>;
}

/**
 * The `users.*` methods. `O` is the client's per-call options type.
 */
export interface ApiUsersNamespace<O> {
  /**
   * Returns detailed information on users.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/users.get
   * Guide: https://vkts.github.io/vkts/api/users.html#get
   */
  get(params?: T.UsersGetParams, options?: O): Promise<T.UsersGetResponse>;
  /**
   * Returns a list of IDs of followers of the user in question, sorted by date added, most recent first.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/users.getFollowers
   * Guide: https://vkts.github.io/vkts/api/users.html#getFollowers
   */
  getFollowers<Fields extends T.UsersGetFollowersParams["fields"] = undefined>(params?: UsersGetFollowersCallParams<Fields>, options?: O): Promise<[Fields] extends [undefined] ? T.UsersGetFollowersResponse : [Fields] extends [{}] ? T.UsersGetFollowersFieldsResponse : ([Exclude<Fields, undefined> & {}] extends [never] ? never : T.UsersGetFollowersFieldsResponse) | T.UsersGetFollowersResponse>;
  /**
   * Returns a list of IDs of users and communities followed by the user.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/users.getSubscriptions
   * Guide: https://vkts.github.io/vkts/api/users.html#getSubscriptions
   */
  getSubscriptions<Extended extends T.UsersGetSubscriptionsParams["extended"] = undefined>(params?: UsersGetSubscriptionsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.UsersGetSubscriptionsResponse : [Extended] extends [1 | true] ? T.UsersGetSubscriptionsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.UsersGetSubscriptionsExtendedResponse) | T.UsersGetSubscriptionsResponse>;
  /**
   * Reports (submits a complain about) a user.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/users.report
   * Guide: https://vkts.github.io/vkts/api/users.html#report
   */
  report(params: T.UsersReportParams, options?: O): Promise<T.UsersReportResponse>;
  /**
   * Returns a list of users matching the search criteria.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/users.search
   * Guide: https://vkts.github.io/vkts/api/users.html#search
   */
  search(params?: T.UsersSearchParams, options?: O): Promise<T.UsersSearchResponse>;
}

/**
 * The `utils.*` methods. `O` is the client's per-call options type.
 */
export interface ApiUtilsNamespace<O> {
  /**
   * Checks whether a link is blocked in VK.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/utils.checkLink
   * Guide: https://vkts.github.io/vkts/api/utils.html#checkLink
   */
  checkLink(params: T.UtilsCheckLinkParams, options?: O): Promise<T.UtilsCheckLinkResponse>;
  /**
   * Deletes shortened link from user's list.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/utils.deleteFromLastShortened
   * Guide: https://vkts.github.io/vkts/api/utils.html#deleteFromLastShortened
   */
  deleteFromLastShortened(params: T.UtilsDeleteFromLastShortenedParams, options?: O): Promise<T.UtilsDeleteFromLastShortenedResponse>;
  /**
   * Returns a list of user's shortened links.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/utils.getLastShortenedLinks
   * Guide: https://vkts.github.io/vkts/api/utils.html#getLastShortenedLinks
   */
  getLastShortenedLinks(params?: T.UtilsGetLastShortenedLinksParams, options?: O): Promise<T.UtilsGetLastShortenedLinksResponse>;
  /**
   * Returns stats data for shortened link.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/utils.getLinkStats
   * Guide: https://vkts.github.io/vkts/api/utils.html#getLinkStats
   */
  getLinkStats<Extended extends T.UtilsGetLinkStatsParams["extended"] = undefined>(params: UtilsGetLinkStatsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.UtilsGetLinkStatsResponse : [Extended] extends [1 | true] ? T.UtilsGetLinkStatsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.UtilsGetLinkStatsExtendedResponse) | T.UtilsGetLinkStatsResponse>;
  /**
   * Returns the current time of the VK server.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/utils.getServerTime
   * Guide: https://vkts.github.io/vkts/api/utils.html#getServerTime
   */
  getServerTime(params?: T.UtilsGetServerTimeParams, options?: O): Promise<T.UtilsGetServerTimeResponse>;
  /**
   * Allows to receive a link shortened via vk.cc.
   *
   * Token types: user, group, service.
   *
   * VK: https://dev.vk.com/method/utils.getShortLink
   * Guide: https://vkts.github.io/vkts/api/utils.html#getShortLink
   */
  getShortLink(params: T.UtilsGetShortLinkParams, options?: O): Promise<T.UtilsGetShortLinkResponse>;
  /**
   * Detects a type of object (e.g., user, community, application) and its ID by screen name.
   *
   * Token types: user, group, service.
   *
   * Errors (besides the global ones):
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/utils.resolveScreenName
   * Guide: https://vkts.github.io/vkts/api/utils.html#resolveScreenName
   */
  resolveScreenName(params: T.UtilsResolveScreenNameParams, options?: O): Promise<T.UtilsResolveScreenNameResponse>;
}

/**
 * The `video.*` methods. `O` is the client's per-call options type.
 */
export interface ApiVideoNamespace<O> {
  /**
   * Adds a video to a user or community page.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 800 `api_error_video_already_added`: This video is already added
   *
   * VK: https://dev.vk.com/method/video.add
   * Guide: https://vkts.github.io/vkts/api/video.html#add
   */
  add(params: T.VideoAddParams, options?: O): Promise<T.VideoAddResponse>;
  /**
   * Creates an empty album for videos.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 302 `api_error_albums_limit`: Albums number limit is reached
   *
   * VK: https://dev.vk.com/method/video.addAlbum
   * Guide: https://vkts.github.io/vkts/api/video.html#addAlbum
   */
  addAlbum(params?: T.VideoAddAlbumParams, options?: O): Promise<T.VideoAddAlbumResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 800 `api_error_video_already_added`: This video is already added
   *
   * VK: https://dev.vk.com/method/video.addToAlbum
   * Guide: https://vkts.github.io/vkts/api/video.html#addToAlbum
   */
  addToAlbum<AlbumIds extends T.VideoAddToAlbumParams["album_ids"] = undefined>(params: VideoAddToAlbumCallParams<AlbumIds>, options?: O): Promise<[AlbumIds] extends [undefined] ? T.VideoAddToAlbumResponse : [AlbumIds] extends [{}] ? T.VideoAddToAlbumMultiResponse : ([Exclude<AlbumIds, undefined> & {}] extends [never] ? never : T.VideoAddToAlbumMultiResponse) | T.VideoAddToAlbumResponse>;
  /**
   * Adds a new comment on a video.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 801 `api_error_video_comments_closed`: Comments for this video are closed
   *
   * VK: https://dev.vk.com/method/video.createComment
   * Guide: https://vkts.github.io/vkts/api/video.html#createComment
   */
  createComment(params: T.VideoCreateCommentParams, options?: O): Promise<T.VideoCreateCommentResponse>;
  /**
   * Deletes a video from a user or community page.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.delete
   * Guide: https://vkts.github.io/vkts/api/video.html#delete
   */
  delete(params: T.VideoDeleteParams, options?: O): Promise<T.VideoDeleteResponse>;
  /**
   * Deletes a video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * VK: https://dev.vk.com/method/video.deleteAlbum
   * Guide: https://vkts.github.io/vkts/api/video.html#deleteAlbum
   */
  deleteAlbum(params: T.VideoDeleteAlbumParams, options?: O): Promise<T.VideoDeleteAlbumResponse>;
  /**
   * Deletes a comment on a video.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.deleteComment
   * Guide: https://vkts.github.io/vkts/api/video.html#deleteComment
   */
  deleteComment(params: T.VideoDeleteCommentParams, options?: O): Promise<T.VideoDeleteCommentResponse>;
  /**
   * Edits information about a video on a user or community page.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.edit
   * Guide: https://vkts.github.io/vkts/api/video.html#edit
   */
  edit(params: T.VideoEditParams, options?: O): Promise<T.VideoEditResponse>;
  /**
   * Edits the title of a video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * VK: https://dev.vk.com/method/video.editAlbum
   * Guide: https://vkts.github.io/vkts/api/video.html#editAlbum
   */
  editAlbum(params: T.VideoEditAlbumParams, options?: O): Promise<T.VideoEditAlbumResponse>;
  /**
   * Edits the text of a comment on a video.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.editComment
   * Guide: https://vkts.github.io/vkts/api/video.html#editComment
   */
  editComment(params: T.VideoEditCommentParams, options?: O): Promise<T.VideoEditCommentResponse>;
  /**
   * Returns detailed information about videos.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * VK: https://dev.vk.com/method/video.get
   * Guide: https://vkts.github.io/vkts/api/video.html#get
   */
  get(params?: T.VideoGetParams, options?: O): Promise<T.VideoGetResponse>;
  /**
   * Returns video album info
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * VK: https://dev.vk.com/method/video.getAlbumById
   * Guide: https://vkts.github.io/vkts/api/video.html#getAlbumById
   */
  getAlbumById(params: T.VideoGetAlbumByIdParams, options?: O): Promise<T.VideoGetAlbumByIdResponse>;
  /**
   * Returns a list of video albums owned by a user or community.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * VK: https://dev.vk.com/method/video.getAlbums
   * Guide: https://vkts.github.io/vkts/api/video.html#getAlbums
   */
  getAlbums<Extended extends T.VideoGetAlbumsParams["extended"] = undefined>(params?: VideoGetAlbumsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.VideoGetAlbumsResponse : [Extended] extends [1 | true] ? T.VideoGetAlbumsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.VideoGetAlbumsExtendedResponse) | T.VideoGetAlbumsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * VK: https://dev.vk.com/method/video.getAlbumsByVideo
   * Guide: https://vkts.github.io/vkts/api/video.html#getAlbumsByVideo
   */
  getAlbumsByVideo<Extended extends T.VideoGetAlbumsByVideoParams["extended"] = undefined>(params: VideoGetAlbumsByVideoCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.VideoGetAlbumsByVideoResponse : [Extended] extends [1 | true] ? T.VideoGetAlbumsByVideoExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.VideoGetAlbumsByVideoExtendedResponse) | T.VideoGetAlbumsByVideoResponse>;
  /**
   * Returns a list of comments on a video.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 801 `api_error_video_comments_closed`: Comments for this video are closed
   *
   * VK: https://dev.vk.com/method/video.getComments
   * Guide: https://vkts.github.io/vkts/api/video.html#getComments
   */
  getComments<Extended extends T.VideoGetCommentsParams["extended"] = undefined>(params: VideoGetCommentsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.VideoGetCommentsResponse : [Extended] extends [1 | true] ? T.VideoGetCommentsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.VideoGetCommentsExtendedResponse) | T.VideoGetCommentsResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 32 `api_error_wait`: Need wait
   *
   * VK: https://dev.vk.com/method/video.getLongPollServer
   * Guide: https://vkts.github.io/vkts/api/video.html#getLongPollServer
   */
  getLongPollServer(params: T.VideoGetLongPollServerParams, options?: O): Promise<T.VideoGetLongPollServerResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.getThumbUploadUrl
   * Guide: https://vkts.github.io/vkts/api/video.html#getThumbUploadUrl
   */
  getThumbUploadUrl(params: T.VideoGetThumbUploadUrlParams, options?: O): Promise<T.VideoGetThumbUploadUrlResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.liveGetCategories
   * Guide: https://vkts.github.io/vkts/api/video.html#liveGetCategories
   */
  liveGetCategories(params?: T.VideoLiveGetCategoriesParams, options?: O): Promise<T.VideoLiveGetCategoriesResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * VK: https://dev.vk.com/method/video.removeFromAlbum
   * Guide: https://vkts.github.io/vkts/api/video.html#removeFromAlbum
   */
  removeFromAlbum<AlbumIds extends T.VideoRemoveFromAlbumParams["album_ids"] = undefined>(params: VideoRemoveFromAlbumCallParams<AlbumIds>, options?: O): Promise<[AlbumIds] extends [undefined] ? T.VideoRemoveFromAlbumResponse : [AlbumIds] extends [{}] ? T.VideoRemoveFromAlbumMultiResponse : ([Exclude<AlbumIds, undefined> & {}] extends [never] ? never : T.VideoRemoveFromAlbumMultiResponse) | T.VideoRemoveFromAlbumResponse>;
  /**
   * Reorders the album in the list of user video albums.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/video.reorderAlbums
   * Guide: https://vkts.github.io/vkts/api/video.html#reorderAlbums
   */
  reorderAlbums(params: T.VideoReorderAlbumsParams, options?: O): Promise<T.VideoReorderAlbumsResponse>;
  /**
   * Reorders the video in the video album.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   *
   * VK: https://dev.vk.com/method/video.reorderVideos
   * Guide: https://vkts.github.io/vkts/api/video.html#reorderVideos
   */
  reorderVideos(params: T.VideoReorderVideosParams, options?: O): Promise<T.VideoReorderVideosResponse>;
  /**
   * Reports (submits a complaint about) a video.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.report
   * Guide: https://vkts.github.io/vkts/api/video.html#report
   */
  report(params: T.VideoReportParams, options?: O): Promise<T.VideoReportResponse>;
  /**
   * Reports (submits a complaint about) a comment on a video.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.reportComment
   * Guide: https://vkts.github.io/vkts/api/video.html#reportComment
   */
  reportComment(params: T.VideoReportCommentParams, options?: O): Promise<T.VideoReportCommentResponse>;
  /**
   * Restores a previously deleted video.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.restore
   * Guide: https://vkts.github.io/vkts/api/video.html#restore
   */
  restore(params: T.VideoRestoreParams, options?: O): Promise<T.VideoRestoreResponse>;
  /**
   * Restores a previously deleted comment on a video.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.restoreComment
   * Guide: https://vkts.github.io/vkts/api/video.html#restoreComment
   */
  restoreComment(params: T.VideoRestoreCommentParams, options?: O): Promise<T.VideoRestoreCommentResponse>;
  /**
   * Returns a server address (required for upload) and video data.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   * - 22 `api_error_upload`: Upload error
   * - 704 `api_error_group_host_need_2fa`: User needs to enable 2FA for this action
   *
   * VK: https://dev.vk.com/method/video.save
   * Guide: https://vkts.github.io/vkts/api/video.html#save
   */
  save(params?: T.VideoSaveParams, options?: O): Promise<T.VideoSaveResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 129 `api_error_param_photo`: Invalid photo
   *
   * VK: https://dev.vk.com/method/video.saveUploadedThumb
   * Guide: https://vkts.github.io/vkts/api/video.html#saveUploadedThumb
   */
  saveUploadedThumb(params: T.VideoSaveUploadedThumbParams, options?: O): Promise<T.VideoSaveUploadedThumbResponse>;
  /**
   * Returns a list of videos under the set search criterion.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 106 `api_error_action_failed`: Unable to process action
   *
   * VK: https://dev.vk.com/method/video.search
   * Guide: https://vkts.github.io/vkts/api/video.html#search
   */
  search<Extended extends T.VideoSearchParams["extended"] = undefined>(params?: VideoSearchCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.VideoSearchResponse : [Extended] extends [1 | true] ? T.VideoSearchExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.VideoSearchExtendedResponse) | T.VideoSearchResponse>;
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 204 `api_error_access_video`: Access denied
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   *
   * VK: https://dev.vk.com/method/video.startStreaming
   * Guide: https://vkts.github.io/vkts/api/video.html#startStreaming
   */
  startStreaming(params?: T.VideoStartStreamingParams, options?: O): Promise<T.VideoStartStreamingResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.stopStreaming
   * Guide: https://vkts.github.io/vkts/api/video.html#stopStreaming
   */
  stopStreaming(params?: T.VideoStopStreamingParams, options?: O): Promise<T.VideoStopStreamingResponse>;
  /**
   * Unpin comment of a video.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/video.unpinComment
   * Guide: https://vkts.github.io/vkts/api/video.html#unpinComment
   */
  unpinComment(params: T.VideoUnpinCommentParams, options?: O): Promise<T.VideoUnpinCommentResponse>;
}

/**
 * The `wall.*` methods. `O` is the client's per-call options type.
 */
export interface ApiWallNamespace<O> {
  /**
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 3102 `api_error_wall_check_link_cant_determine_source`: Specified link is incorrect (can't find source)
   *
   * VK: https://dev.vk.com/method/wall.checkCopyrightLink
   * Guide: https://vkts.github.io/vkts/api/wall.html#checkCopyrightLink
   */
  checkCopyrightLink(params: T.WallCheckCopyrightLinkParams, options?: O): Promise<T.WallCheckCopyrightLinkResponse>;
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/wall.closeComments
   * Guide: https://vkts.github.io/vkts/api/wall.html#closeComments
   */
  closeComments(params: T.WallCloseCommentsParams, options?: O): Promise<T.WallCloseCommentsResponse>;
  /**
   * Adds a comment to a post on a user wall or community wall.
   *
   * Token types: user, group.
   *
   * Errors (besides the global ones):
   * - 213 `api_error_wall_access_add_reply`: Access to status replies denied
   * - 223 `api_error_wall_reply_owner_flood`: Too many replies
   * - 222 `api_error_wall_links_forbidden`: Hyperlinks are forbidden
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   *
   * VK: https://dev.vk.com/method/wall.createComment
   * Guide: https://vkts.github.io/vkts/api/wall.html#createComment
   */
  createComment(params: T.WallCreateCommentParams, options?: O): Promise<T.WallCreateCommentResponse>;
  /**
   * Deletes a post from a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   * - 703 `api_error_group_need_2fa`: You need to enable 2FA for this action
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/wall.delete
   * Guide: https://vkts.github.io/vkts/api/wall.html#delete
   */
  delete(params?: T.WallDeleteParams, options?: O): Promise<T.WallDeleteResponse>;
  /**
   * Deletes a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 211 `api_error_wall_access_comment`: Access to wall's comment denied
   * - 104 `api_error_not_found`: Not found
   *
   * VK: https://dev.vk.com/method/wall.deleteComment
   * Guide: https://vkts.github.io/vkts/api/wall.html#deleteComment
   */
  deleteComment(params: T.WallDeleteCommentParams, options?: O): Promise<T.WallDeleteCommentResponse>;
  /**
   * Edits a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   * - 225 `api_error_wall_donut`: Donut is disabled
   *
   * VK: https://dev.vk.com/method/wall.edit
   * Guide: https://vkts.github.io/vkts/api/wall.html#edit
   */
  edit(params: T.WallEditParams, options?: O): Promise<T.WallEditResponse>;
  /**
   * Allows to edit hidden post.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   *
   * VK: https://dev.vk.com/method/wall.editAdsStealth
   * Guide: https://vkts.github.io/vkts/api/wall.html#editAdsStealth
   */
  editAdsStealth(params: T.WallEditAdsStealthParams, options?: O): Promise<T.WallEditAdsStealthResponse>;
  /**
   * Edits a comment on a user wall or community wall.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/wall.editComment
   * Guide: https://vkts.github.io/vkts/api/wall.html#editComment
   */
  editComment(params: T.WallEditCommentParams, options?: O): Promise<T.WallEditCommentResponse>;
  /**
   * Returns a list of posts on a user wall or community wall.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 19 `api_error_blocked`: Content blocked
   *
   * VK: https://dev.vk.com/method/wall.get
   * Guide: https://vkts.github.io/vkts/api/wall.html#get
   */
  get<Extended extends T.WallGetParams["extended"] = undefined>(params?: WallGetCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.WallGetResponse : [Extended] extends [1 | true] ? T.WallGetExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.WallGetExtendedResponse) | T.WallGetResponse>;
  /**
   * Returns a list of posts from user or community walls by their IDs.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/wall.getById
   * Guide: https://vkts.github.io/vkts/api/wall.html#getById
   */
  getById<Extended extends T.WallGetByIdParams["extended"] = undefined>(params: WallGetByIdCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.WallGetByIdResponse : [Extended] extends [1 | true] ? T.WallGetByIdExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.WallGetByIdExtendedResponse) | T.WallGetByIdResponse>;
  /**
   * Returns a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   *
   * VK: https://dev.vk.com/method/wall.getComment
   * Guide: https://vkts.github.io/vkts/api/wall.html#getComment
   */
  getComment<Extended extends T.WallGetCommentParams["extended"] = undefined>(params: WallGetCommentCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.WallGetCommentResponse : [Extended] extends [1 | true] ? T.WallGetCommentExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.WallGetCommentExtendedResponse) | T.WallGetCommentResponse>;
  /**
   * Returns a list of comments on a post on a user wall or community wall.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 212 `api_error_wall_access_replies`: Access to post comments denied
   *
   * VK: https://dev.vk.com/method/wall.getComments
   * Guide: https://vkts.github.io/vkts/api/wall.html#getComments
   */
  getComments<Extended extends T.WallGetCommentsParams["extended"] = undefined>(params?: WallGetCommentsCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.WallGetCommentsResponse : [Extended] extends [1 | true] ? T.WallGetCommentsExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.WallGetCommentsExtendedResponse) | T.WallGetCommentsResponse>;
  /**
   * Returns information about reposts of a post on user wall or community wall.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/wall.getReposts
   * Guide: https://vkts.github.io/vkts/api/wall.html#getReposts
   */
  getReposts(params?: T.WallGetRepostsParams, options?: O): Promise<T.WallGetRepostsResponse>;
  /**
   * Token types: user, group.
   *
   * VK: https://dev.vk.com/method/wall.openComments
   * Guide: https://vkts.github.io/vkts/api/wall.html#openComments
   */
  openComments(params: T.WallOpenCommentsParams, options?: O): Promise<T.WallOpenCommentsResponse>;
  /**
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/wall.parseAttachedLink
   * Guide: https://vkts.github.io/vkts/api/wall.html#parseAttachedLink
   */
  parseAttachedLink(params: T.WallParseAttachedLinkParams, options?: O): Promise<T.WallParseAttachedLinkResponse>;
  /**
   * Pins the post on wall.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/wall.pin
   * Guide: https://vkts.github.io/vkts/api/wall.html#pin
   */
  pin(params: T.WallPinParams, options?: O): Promise<T.WallPinResponse>;
  /**
   * Adds a new post on a user wall or community wall. Can also be used to publish suggested or scheduled posts.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 220 `api_error_wall_too_many_recipients`: Too many recipients
   * - 222 `api_error_wall_links_forbidden`: Hyperlinks are forbidden
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   * - 225 `api_error_wall_donut`: Donut is disabled
   *
   * VK: https://dev.vk.com/method/wall.post
   * Guide: https://vkts.github.io/vkts/api/wall.html#post
   */
  post(params?: T.WallPostParams, options?: O): Promise<T.WallPostResponse>;
  /**
   * Allows to create hidden post which will not be shown on the community's wall and can be used for creating an ad with type "Community post".
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 220 `api_error_wall_too_many_recipients`: Too many recipients
   * - 222 `api_error_wall_links_forbidden`: Hyperlinks are forbidden
   *
   * VK: https://dev.vk.com/method/wall.postAdsStealth
   * Guide: https://vkts.github.io/vkts/api/wall.html#postAdsStealth
   */
  postAdsStealth(params: T.WallPostAdsStealthParams, options?: O): Promise<T.WallPostAdsStealthResponse>;
  /**
   * Reports (submits a complaint about) a comment on a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/wall.reportComment
   * Guide: https://vkts.github.io/vkts/api/wall.html#reportComment
   */
  reportComment(params: T.WallReportCommentParams, options?: O): Promise<T.WallReportCommentResponse>;
  /**
   * Reports (submits a complaint about) a post on a user wall or community wall.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/wall.reportPost
   * Guide: https://vkts.github.io/vkts/api/wall.html#reportPost
   */
  reportPost(params: T.WallReportPostParams, options?: O): Promise<T.WallReportPostResponse>;
  /**
   * Reposts (copies) an object to a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 219 `api_error_wall_ads_published`: Advertisement post was recently added
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   * - 224 `api_error_wall_ads_post_limit_reached`: Too many ads posts
   *
   * VK: https://dev.vk.com/method/wall.repost
   * Guide: https://vkts.github.io/vkts/api/wall.html#repost
   */
  repost(params: T.WallRepostParams, options?: O): Promise<T.WallRepostResponse>;
  /**
   * Restores a post deleted from a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   * - 214 `api_error_wall_add_post`: Access to adding post denied
   *
   * VK: https://dev.vk.com/method/wall.restore
   * Guide: https://vkts.github.io/vkts/api/wall.html#restore
   */
  restore(params?: T.WallRestoreParams, options?: O): Promise<T.WallRestoreResponse>;
  /**
   * Restores a comment deleted from a user wall or community wall.
   *
   * Token types: user.
   *
   * Errors (besides the global ones):
   * - 211 `api_error_wall_access_comment`: Access to wall's comment denied
   * - 104 `api_error_not_found`: Not found
   * - 243 `api_error_wall_comment_not_deleted`: Comment has not been deleted
   *
   * VK: https://dev.vk.com/method/wall.restoreComment
   * Guide: https://vkts.github.io/vkts/api/wall.html#restoreComment
   */
  restoreComment(params: T.WallRestoreCommentParams, options?: O): Promise<T.WallRestoreCommentResponse>;
  /**
   * Allows to search posts on user or community walls.
   *
   * Token types: user, service.
   *
   * Errors (besides the global ones):
   * - 210 `api_error_wall_access_post`: Access to wall's post denied
   *
   * VK: https://dev.vk.com/method/wall.search
   * Guide: https://vkts.github.io/vkts/api/wall.html#search
   */
  search<Extended extends T.WallSearchParams["extended"] = undefined>(params?: WallSearchCallParams<Extended>, options?: O): Promise<[Extended] extends [undefined] ? T.WallSearchResponse : [Extended] extends [1 | true] ? T.WallSearchExtendedResponse : ([Exclude<Extended, undefined> & (1 | true)] extends [never] ? never : T.WallSearchExtendedResponse) | T.WallSearchResponse>;
  /**
   * Unpins the post on wall.
   *
   * Token types: user.
   *
   * VK: https://dev.vk.com/method/wall.unpin
   * Guide: https://vkts.github.io/vkts/api/wall.html#unpin
   */
  unpin(params: T.WallUnpinParams, options?: O): Promise<T.WallUnpinResponse>;
}

/**
 * The `widgets.*` methods. `O` is the client's per-call options type.
 */
export interface ApiWidgetsNamespace<O> {
  /**
   * Gets a list of comments for the page added through the [vk.com/dev/Comments|Comments widget].
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/widgets.getComments
   * Guide: https://vkts.github.io/vkts/api/widgets.html#getComments
   */
  getComments(params?: T.WidgetsGetCommentsParams, options?: O): Promise<T.WidgetsGetCommentsResponse>;
  /**
   * Gets a list of application/site pages where the [vk.com/dev/Comments|Comments widget] or [vk.com/dev/Like|Like widget] is installed.
   *
   * Token types: user, service.
   *
   * VK: https://dev.vk.com/method/widgets.getPages
   * Guide: https://vkts.github.io/vkts/api/widgets.html#getPages
   */
  getPages(params?: T.WidgetsGetPagesParams, options?: O): Promise<T.WidgetsGetPagesResponse>;
}

/**
 * Every method namespace of the API, as a client exposes them: `api.groups.getById(params, options?)`.
 */
export interface ApiNamespaces<O> {
  /**
   * The `account.*` methods.
   */
  readonly account: ApiAccountNamespace<O>;
  /**
   * The `ads.*` methods.
   */
  readonly ads: ApiAdsNamespace<O>;
  /**
   * The `appWidgets.*` methods.
   */
  readonly appWidgets: ApiAppWidgetsNamespace<O>;
  /**
   * The `apps.*` methods.
   */
  readonly apps: ApiAppsNamespace<O>;
  /**
   * The `auth.*` methods.
   */
  readonly auth: ApiAuthNamespace<O>;
  /**
   * The `board.*` methods.
   */
  readonly board: ApiBoardNamespace<O>;
  /**
   * The `bugtracker.*` methods.
   */
  readonly bugtracker: ApiBugtrackerNamespace<O>;
  /**
   * The `calls.*` methods.
   */
  readonly calls: ApiCallsNamespace<O>;
  /**
   * The `database.*` methods.
   */
  readonly database: ApiDatabaseNamespace<O>;
  /**
   * The `docs.*` methods.
   */
  readonly docs: ApiDocsNamespace<O>;
  /**
   * The `donut.*` methods.
   */
  readonly donut: ApiDonutNamespace<O>;
  /**
   * The `downloadedGames.*` methods.
   */
  readonly downloadedGames: ApiDownloadedGamesNamespace<O>;
  /**
   * The `fave.*` methods.
   */
  readonly fave: ApiFaveNamespace<O>;
  /**
   * The `friends.*` methods.
   */
  readonly friends: ApiFriendsNamespace<O>;
  /**
   * The `gifts.*` methods.
   */
  readonly gifts: ApiGiftsNamespace<O>;
  /**
   * The `groups.*` methods.
   */
  readonly groups: ApiGroupsNamespace<O>;
  /**
   * The `leadForms.*` methods.
   */
  readonly leadForms: ApiLeadFormsNamespace<O>;
  /**
   * The `likes.*` methods.
   */
  readonly likes: ApiLikesNamespace<O>;
  /**
   * The `market.*` methods.
   */
  readonly market: ApiMarketNamespace<O>;
  /**
   * The `messages.*` methods.
   */
  readonly messages: ApiMessagesNamespace<O>;
  /**
   * The `newsfeed.*` methods.
   */
  readonly newsfeed: ApiNewsfeedNamespace<O>;
  /**
   * The `notes.*` methods.
   */
  readonly notes: ApiNotesNamespace<O>;
  /**
   * The `notifications.*` methods.
   */
  readonly notifications: ApiNotificationsNamespace<O>;
  /**
   * The `orders.*` methods.
   */
  readonly orders: ApiOrdersNamespace<O>;
  /**
   * The `pages.*` methods.
   */
  readonly pages: ApiPagesNamespace<O>;
  /**
   * The `photos.*` methods.
   */
  readonly photos: ApiPhotosNamespace<O>;
  /**
   * The `podcasts.*` methods.
   */
  readonly podcasts: ApiPodcastsNamespace<O>;
  /**
   * The `polls.*` methods.
   */
  readonly polls: ApiPollsNamespace<O>;
  /**
   * The `prettyCards.*` methods.
   */
  readonly prettyCards: ApiPrettyCardsNamespace<O>;
  /**
   * The `search.*` methods.
   */
  readonly search: ApiSearchNamespace<O>;
  /**
   * The `secure.*` methods.
   */
  readonly secure: ApiSecureNamespace<O>;
  /**
   * The `stats.*` methods.
   */
  readonly stats: ApiStatsNamespace<O>;
  /**
   * The `status.*` methods.
   */
  readonly status: ApiStatusNamespace<O>;
  /**
   * The `storage.*` methods.
   */
  readonly storage: ApiStorageNamespace<O>;
  /**
   * The `store.*` methods.
   */
  readonly store: ApiStoreNamespace<O>;
  /**
   * The `stories.*` methods.
   */
  readonly stories: ApiStoriesNamespace<O>;
  /**
   * The `streaming.*` methods.
   */
  readonly streaming: ApiStreamingNamespace<O>;
  /**
   * The `translations.*` methods.
   */
  readonly translations: ApiTranslationsNamespace<O>;
  /**
   * The `users.*` methods.
   */
  readonly users: ApiUsersNamespace<O>;
  /**
   * The `utils.*` methods.
   */
  readonly utils: ApiUtilsNamespace<O>;
  /**
   * The `video.*` methods.
   */
  readonly video: ApiVideoNamespace<O>;
  /**
   * The `wall.*` methods.
   */
  readonly wall: ApiWallNamespace<O>;
  /**
   * The `widgets.*` methods.
   */
  readonly widgets: ApiWidgetsNamespace<O>;
}
