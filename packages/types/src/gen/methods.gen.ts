// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: the ApiMethods type map.
/* eslint-disable */
import type * as T from './types.gen.js';
import type { ApiGlobalErrorCode } from './errors.gen.js';

/**
 * Every VK API method: its params, its response (picked by `variants` from the params given,
 * else `response`), every response variant by key, the error codes it can return (its own and
 * the global ones), and the token types that may call it. Each method is documented on its
 * client member (`ApiNamespaces` in namespaces.gen.ts), which is what hovers show.
 */
export interface ApiMethods {
  "account.ban": {
      params: T.AccountBanParams;
      response: T.AccountBanResponse;
      variants: [];
      responses: { "response": T.AccountBanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.changePassword": {
      params: T.AccountChangePasswordParams;
      response: T.AccountChangePasswordResponse;
      variants: [];
      responses: { "response": T.AccountChangePasswordResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.getActiveOffers": {
      params: T.AccountGetActiveOffersParams;
      response: T.AccountGetActiveOffersResponse;
      variants: [];
      responses: { "response": T.AccountGetActiveOffersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.getAppPermissions": {
      params: T.AccountGetAppPermissionsParams;
      response: T.AccountGetAppPermissionsResponse;
      variants: [];
      responses: { "response": T.AccountGetAppPermissionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.getBanned": {
      params: T.AccountGetBannedParams;
      response: T.AccountGetBannedResponse;
      variants: [];
      responses: { "response": T.AccountGetBannedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.getCounters": {
      params: T.AccountGetCountersParams;
      response: T.AccountGetCountersResponse;
      variants: [];
      responses: { "response": T.AccountGetCountersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.getInfo": {
      params: T.AccountGetInfoParams;
      response: T.AccountGetInfoResponse;
      variants: [];
      responses: { "response": T.AccountGetInfoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.getProfileInfo": {
      params: T.AccountGetProfileInfoParams;
      response: T.AccountGetProfileInfoResponse;
      variants: [];
      responses: { "response": T.AccountGetProfileInfoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.getPushSettings": {
      params: T.AccountGetPushSettingsParams;
      response: T.AccountGetPushSettingsResponse;
      variants: [];
      responses: { "response": T.AccountGetPushSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.registerDevice": {
      params: T.AccountRegisterDeviceParams;
      response: T.AccountRegisterDeviceResponse;
      variants: [];
      responses: { "response": T.AccountRegisterDeviceResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.saveProfileInfo": {
      params: T.AccountSaveProfileInfoParams;
      response: T.AccountSaveProfileInfoResponse;
      variants: [];
      responses: { "response": T.AccountSaveProfileInfoResponse };
      errors: ApiGlobalErrorCode | 1260;
      tokens: "user";
    };
  "account.setInfo": {
      params: T.AccountSetInfoParams;
      response: T.AccountSetInfoResponse;
      variants: [];
      responses: { "response": T.AccountSetInfoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.setOffline": {
      params: T.AccountSetOfflineParams;
      response: T.AccountSetOfflineResponse;
      variants: [];
      responses: { "response": T.AccountSetOfflineResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.setOnline": {
      params: T.AccountSetOnlineParams;
      response: T.AccountSetOnlineResponse;
      variants: [];
      responses: { "response": T.AccountSetOnlineResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.setPushSettings": {
      params: T.AccountSetPushSettingsParams;
      response: T.AccountSetPushSettingsResponse;
      variants: [];
      responses: { "response": T.AccountSetPushSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.setSilenceMode": {
      params: T.AccountSetSilenceModeParams;
      response: T.AccountSetSilenceModeResponse;
      variants: [];
      responses: { "response": T.AccountSetSilenceModeResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.unban": {
      params: T.AccountUnbanParams;
      response: T.AccountUnbanResponse;
      variants: [];
      responses: { "response": T.AccountUnbanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "account.unregisterDevice": {
      params: T.AccountUnregisterDeviceParams;
      response: T.AccountUnregisterDeviceResponse;
      variants: [];
      responses: { "response": T.AccountUnregisterDeviceResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "ads.addOfficeUsers": {
      params: T.AdsAddOfficeUsersParams;
      response: T.AdsAddOfficeUsersResponse;
      variants: [];
      responses: { "response": T.AdsAddOfficeUsersResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.checkLink": {
      params: T.AdsCheckLinkParams;
      response: T.AdsCheckLinkResponse;
      variants: [];
      responses: { "response": T.AdsCheckLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "ads.createAds": {
      params: T.AdsCreateAdsParams;
      response: T.AdsCreateAdsResponse;
      variants: [];
      responses: { "response": T.AdsCreateAdsResponse };
      errors: ApiGlobalErrorCode | 602 | 601;
      tokens: "user";
    };
  "ads.createCampaigns": {
      params: T.AdsCreateCampaignsParams;
      response: T.AdsCreateCampaignsResponse;
      variants: [];
      responses: { "response": T.AdsCreateCampaignsResponse };
      errors: ApiGlobalErrorCode | 602 | 601;
      tokens: "user";
    };
  "ads.createClients": {
      params: T.AdsCreateClientsParams;
      response: T.AdsCreateClientsResponse;
      variants: [];
      responses: { "response": T.AdsCreateClientsResponse };
      errors: ApiGlobalErrorCode | 602 | 601;
      tokens: "user";
    };
  "ads.createLookalikeRequest": {
      params: T.AdsCreateLookalikeRequestParams;
      response: T.AdsCreateLookalikeRequestResponse;
      variants: [];
      responses: { "response": T.AdsCreateLookalikeRequestResponse };
      errors: ApiGlobalErrorCode | 601 | 630 | 631 | 633 | 632;
      tokens: "user";
    };
  "ads.createTargetGroup": {
      params: T.AdsCreateTargetGroupParams;
      response: T.AdsCreateTargetGroupResponse;
      variants: [];
      responses: { "response": T.AdsCreateTargetGroupResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.createTargetPixel": {
      params: T.AdsCreateTargetPixelParams;
      response: T.AdsCreateTargetPixelResponse;
      variants: [];
      responses: { "response": T.AdsCreateTargetPixelResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.deleteAds": {
      params: T.AdsDeleteAdsParams;
      response: T.AdsDeleteAdsResponse;
      variants: [];
      responses: { "response": T.AdsDeleteAdsResponse };
      errors: ApiGlobalErrorCode | 629 | 602 | 601;
      tokens: "user";
    };
  "ads.deleteCampaigns": {
      params: T.AdsDeleteCampaignsParams;
      response: T.AdsDeleteCampaignsResponse;
      variants: [];
      responses: { "response": T.AdsDeleteCampaignsResponse };
      errors: ApiGlobalErrorCode | 629 | 602 | 601;
      tokens: "user";
    };
  "ads.deleteClients": {
      params: T.AdsDeleteClientsParams;
      response: T.AdsDeleteClientsResponse;
      variants: [];
      responses: { "response": T.AdsDeleteClientsResponse };
      errors: ApiGlobalErrorCode | 629 | 602 | 601;
      tokens: "user";
    };
  "ads.deleteTargetGroup": {
      params: T.AdsDeleteTargetGroupParams;
      response: T.AdsDeleteTargetGroupResponse;
      variants: [];
      responses: { "response": T.AdsDeleteTargetGroupResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.deleteTargetPixel": {
      params: T.AdsDeleteTargetPixelParams;
      response: T.AdsDeleteTargetPixelResponse;
      variants: [];
      responses: { "response": T.AdsDeleteTargetPixelResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getAccounts": {
      params: T.AdsGetAccountsParams;
      response: T.AdsGetAccountsResponse;
      variants: [];
      responses: { "response": T.AdsGetAccountsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "ads.getAds": {
      params: T.AdsGetAdsParams;
      response: T.AdsGetAdsResponse;
      variants: [];
      responses: { "response": T.AdsGetAdsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getAdsLayout": {
      params: T.AdsGetAdsLayoutParams;
      response: T.AdsGetAdsLayoutResponse;
      variants: [];
      responses: { "response": T.AdsGetAdsLayoutResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getAdsTargeting": {
      params: T.AdsGetAdsTargetingParams;
      response: T.AdsGetAdsTargetingResponse;
      variants: [];
      responses: { "response": T.AdsGetAdsTargetingResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getBudget": {
      params: T.AdsGetBudgetParams;
      response: T.AdsGetBudgetResponse;
      variants: [];
      responses: { "response": T.AdsGetBudgetResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getCampaigns": {
      params: T.AdsGetCampaignsParams;
      response: T.AdsGetCampaignsResponse;
      variants: [];
      responses: { "response": T.AdsGetCampaignsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getCategories": {
      params: T.AdsGetCategoriesParams;
      response: T.AdsGetCategoriesResponse;
      variants: [];
      responses: { "response": T.AdsGetCategoriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "ads.getClients": {
      params: T.AdsGetClientsParams;
      response: T.AdsGetClientsResponse;
      variants: [];
      responses: { "response": T.AdsGetClientsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getDemographics": {
      params: T.AdsGetDemographicsParams;
      response: T.AdsGetDemographicsResponse;
      variants: [];
      responses: { "response": T.AdsGetDemographicsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getFloodStats": {
      params: T.AdsGetFloodStatsParams;
      response: T.AdsGetFloodStatsResponse;
      variants: [];
      responses: { "response": T.AdsGetFloodStatsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "ads.getLookalikeRequests": {
      params: T.AdsGetLookalikeRequestsParams;
      response: T.AdsGetLookalikeRequestsResponse;
      variants: [];
      responses: { "response": T.AdsGetLookalikeRequestsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getMusicians": {
      params: T.AdsGetMusiciansParams;
      response: T.AdsGetMusiciansResponse;
      variants: [];
      responses: { "response": T.AdsGetMusiciansResponse };
      errors: ApiGlobalErrorCode | 601 | 104;
      tokens: "user";
    };
  "ads.getMusiciansByIds": {
      params: T.AdsGetMusiciansByIdsParams;
      response: T.AdsGetMusiciansByIdsResponse;
      variants: [];
      responses: { "response": T.AdsGetMusiciansByIdsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getOfficeUsers": {
      params: T.AdsGetOfficeUsersParams;
      response: T.AdsGetOfficeUsersResponse;
      variants: [];
      responses: { "response": T.AdsGetOfficeUsersResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getPostsReach": {
      params: T.AdsGetPostsReachParams;
      response: T.AdsGetPostsReachResponse;
      variants: [];
      responses: { "response": T.AdsGetPostsReachResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getRejectionReason": {
      params: T.AdsGetRejectionReasonParams;
      response: T.AdsGetRejectionReasonResponse;
      variants: [];
      responses: { "response": T.AdsGetRejectionReasonResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getStatistics": {
      params: T.AdsGetStatisticsParams;
      response: T.AdsGetStatisticsResponse;
      variants: [];
      responses: { "response": T.AdsGetStatisticsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getSuggestions": {
      params: T.AdsGetSuggestionsParams;
      response: T.AdsGetSuggestionsResponse;
      variants: [[{ "section": "regions" }, T.AdsGetSuggestionsRegionsResponse], [{ "section": "cities" | "districts" | "streets" }, T.AdsGetSuggestionsCitiesResponse], [{ "section": "schools" }, T.AdsGetSuggestionsSchoolsResponse]];
      responses: { "response": T.AdsGetSuggestionsResponse; "regionsResponse": T.AdsGetSuggestionsRegionsResponse; "citiesResponse": T.AdsGetSuggestionsCitiesResponse; "schoolsResponse": T.AdsGetSuggestionsSchoolsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "ads.getTargetGroups": {
      params: T.AdsGetTargetGroupsParams;
      response: T.AdsGetTargetGroupsResponse;
      variants: [];
      responses: { "response": T.AdsGetTargetGroupsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getTargetPixels": {
      params: T.AdsGetTargetPixelsParams;
      response: T.AdsGetTargetPixelsResponse;
      variants: [];
      responses: { "response": T.AdsGetTargetPixelsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getTargetingStats": {
      params: T.AdsGetTargetingStatsParams;
      response: T.AdsGetTargetingStatsResponse;
      variants: [];
      responses: { "response": T.AdsGetTargetingStatsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.getUploadURL": {
      params: T.AdsGetUploadURLParams;
      response: T.AdsGetUploadURLResponse;
      variants: [];
      responses: { "response": T.AdsGetUploadURLResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "ads.getVideoUploadURL": {
      params: T.AdsGetVideoUploadURLParams;
      response: T.AdsGetVideoUploadURLResponse;
      variants: [];
      responses: { "response": T.AdsGetVideoUploadURLResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "ads.importTargetContacts": {
      params: T.AdsImportTargetContactsParams;
      response: T.AdsImportTargetContactsResponse;
      variants: [];
      responses: { "response": T.AdsImportTargetContactsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.removeOfficeUsers": {
      params: T.AdsRemoveOfficeUsersParams;
      response: T.AdsRemoveOfficeUsersResponse;
      variants: [];
      responses: { "response": T.AdsRemoveOfficeUsersResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.removeTargetContacts": {
      params: T.AdsRemoveTargetContactsParams;
      response: T.AdsRemoveTargetContactsResponse;
      variants: [];
      responses: { "response": T.AdsRemoveTargetContactsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.saveLookalikeRequestResult": {
      params: T.AdsSaveLookalikeRequestResultParams;
      response: T.AdsSaveLookalikeRequestResultResponse;
      variants: [];
      responses: { "response": T.AdsSaveLookalikeRequestResultResponse };
      errors: ApiGlobalErrorCode | 601 | 634 | 635 | 636;
      tokens: "user";
    };
  "ads.shareTargetGroup": {
      params: T.AdsShareTargetGroupParams;
      response: T.AdsShareTargetGroupResponse;
      variants: [];
      responses: { "response": T.AdsShareTargetGroupResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.updateAds": {
      params: T.AdsUpdateAdsParams;
      response: T.AdsUpdateAdsResponse;
      variants: [];
      responses: { "response": T.AdsUpdateAdsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.updateCampaigns": {
      params: T.AdsUpdateCampaignsParams;
      response: T.AdsUpdateCampaignsResponse;
      variants: [];
      responses: { "response": T.AdsUpdateCampaignsResponse };
      errors: ApiGlobalErrorCode | 602 | 601;
      tokens: "user";
    };
  "ads.updateClients": {
      params: T.AdsUpdateClientsParams;
      response: T.AdsUpdateClientsResponse;
      variants: [];
      responses: { "response": T.AdsUpdateClientsResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.updateOfficeUsers": {
      params: T.AdsUpdateOfficeUsersParams;
      response: T.AdsUpdateOfficeUsersResponse;
      variants: [];
      responses: { "response": T.AdsUpdateOfficeUsersResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.updateTargetGroup": {
      params: T.AdsUpdateTargetGroupParams;
      response: T.AdsUpdateTargetGroupResponse;
      variants: [];
      responses: { "response": T.AdsUpdateTargetGroupResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "ads.updateTargetPixel": {
      params: T.AdsUpdateTargetPixelParams;
      response: T.AdsUpdateTargetPixelResponse;
      variants: [];
      responses: { "response": T.AdsUpdateTargetPixelResponse };
      errors: ApiGlobalErrorCode | 601;
      tokens: "user";
    };
  "appWidgets.getAppImageUploadServer": {
      params: T.AppWidgetsGetAppImageUploadServerParams;
      response: T.AppWidgetsGetAppImageUploadServerResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetAppImageUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "appWidgets.getAppImages": {
      params: T.AppWidgetsGetAppImagesParams;
      response: T.AppWidgetsGetAppImagesResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetAppImagesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "appWidgets.getGroupImageUploadServer": {
      params: T.AppWidgetsGetGroupImageUploadServerParams;
      response: T.AppWidgetsGetGroupImageUploadServerResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetGroupImageUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "group";
    };
  "appWidgets.getGroupImages": {
      params: T.AppWidgetsGetGroupImagesParams;
      response: T.AppWidgetsGetGroupImagesResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetGroupImagesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "group";
    };
  "appWidgets.getImagesById": {
      params: T.AppWidgetsGetImagesByIdParams;
      response: T.AppWidgetsGetImagesByIdResponse;
      variants: [];
      responses: { "response": T.AppWidgetsGetImagesByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "appWidgets.saveAppImage": {
      params: T.AppWidgetsSaveAppImageParams;
      response: T.AppWidgetsSaveAppImageResponse;
      variants: [];
      responses: { "response": T.AppWidgetsSaveAppImageResponse };
      errors: ApiGlobalErrorCode | 129;
      tokens: "service";
    };
  "appWidgets.saveGroupImage": {
      params: T.AppWidgetsSaveGroupImageParams;
      response: T.AppWidgetsSaveGroupImageResponse;
      variants: [];
      responses: { "response": T.AppWidgetsSaveGroupImageResponse };
      errors: ApiGlobalErrorCode | 129;
      tokens: "group";
    };
  "appWidgets.update": {
      params: T.AppWidgetsUpdateParams;
      response: T.AppWidgetsUpdateResponse;
      variants: [];
      responses: { "response": T.AppWidgetsUpdateResponse };
      errors: ApiGlobalErrorCode | 12 | 19 | 210 | 212 | 125;
      tokens: "group";
    };
  "apps.addSnippet": {
      params: T.AppsAddSnippetParams;
      response: T.AppsAddSnippetResponse;
      variants: [];
      responses: { "response": T.AppsAddSnippetResponse };
      errors: ApiGlobalErrorCode | 11003 | 11004 | 11005 | 11006;
      tokens: "service";
    };
  "apps.addUsersToTestingGroup": {
      params: T.AppsAddUsersToTestingGroupParams;
      response: T.AppsAddUsersToTestingGroupResponse;
      variants: [];
      responses: { "response": T.AppsAddUsersToTestingGroupResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "apps.deleteAppRequests": {
      params: T.AppsDeleteAppRequestsParams;
      response: T.AppsDeleteAppRequestsResponse;
      variants: [];
      responses: { "response": T.AppsDeleteAppRequestsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "apps.deleteSnippet": {
      params: T.AppsDeleteSnippetParams;
      response: T.AppsDeleteSnippetResponse;
      variants: [];
      responses: { "response": T.AppsDeleteSnippetResponse };
      errors: ApiGlobalErrorCode | 11006;
      tokens: "service";
    };
  "apps.get": {
      params: T.AppsGetParams;
      response: T.AppsGetResponse;
      variants: [];
      responses: { "response": T.AppsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "apps.getCatalog": {
      params: T.AppsGetCatalogParams;
      response: T.AppsGetCatalogResponse;
      variants: [];
      responses: { "response": T.AppsGetCatalogResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "apps.getFriendsList": {
      params: T.AppsGetFriendsListParams;
      response: T.AppsGetFriendsListResponse;
      variants: [[{ "extended": 1 | true }, T.AppsGetFriendsListExtendedResponse]];
      responses: { "response": T.AppsGetFriendsListResponse; "extendedResponse": T.AppsGetFriendsListExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "apps.getLeaderboard": {
      params: T.AppsGetLeaderboardParams;
      response: T.AppsGetLeaderboardResponse;
      variants: [[{ "extended": 1 | true }, T.AppsGetLeaderboardExtendedResponse]];
      responses: { "response": T.AppsGetLeaderboardResponse; "extendedResponse": T.AppsGetLeaderboardExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "apps.getMiniAppPolicies": {
      params: T.AppsGetMiniAppPoliciesParams;
      response: T.AppsGetMiniAppPoliciesResponse;
      variants: [];
      responses: { "response": T.AppsGetMiniAppPoliciesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "apps.getScopes": {
      params: T.AppsGetScopesParams;
      response: T.AppsGetScopesResponse;
      variants: [];
      responses: { "response": T.AppsGetScopesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "apps.getScore": {
      params: T.AppsGetScoreParams;
      response: T.AppsGetScoreResponse;
      variants: [];
      responses: { "response": T.AppsGetScoreResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "apps.getSnippets": {
      params: T.AppsGetSnippetsParams;
      response: T.AppsGetSnippetsResponse;
      variants: [];
      responses: { "response": T.AppsGetSnippetsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "apps.getTestingGroups": {
      params: T.AppsGetTestingGroupsParams;
      response: T.AppsGetTestingGroupsResponse;
      variants: [];
      responses: { "response": T.AppsGetTestingGroupsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "apps.isNotificationsAllowed": {
      params: T.AppsIsNotificationsAllowedParams;
      response: T.AppsIsNotificationsAllowedResponse;
      variants: [];
      responses: { "response": T.AppsIsNotificationsAllowedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "apps.promoHasActiveGift": {
      params: T.AppsPromoHasActiveGiftParams;
      response: T.AppsPromoHasActiveGiftResponse;
      variants: [];
      responses: { "response": T.AppsPromoHasActiveGiftResponse };
      errors: ApiGlobalErrorCode | 106;
      tokens: "user" | "service";
    };
  "apps.promoUseGift": {
      params: T.AppsPromoUseGiftParams;
      response: T.AppsPromoUseGiftResponse;
      variants: [];
      responses: { "response": T.AppsPromoUseGiftResponse };
      errors: ApiGlobalErrorCode | 106;
      tokens: "user" | "service";
    };
  "apps.removeTestingGroup": {
      params: T.AppsRemoveTestingGroupParams;
      response: T.AppsRemoveTestingGroupResponse;
      variants: [];
      responses: { "response": T.AppsRemoveTestingGroupResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "apps.removeUsersFromTestingGroups": {
      params: T.AppsRemoveUsersFromTestingGroupsParams;
      response: T.AppsRemoveUsersFromTestingGroupsResponse;
      variants: [];
      responses: { "response": T.AppsRemoveUsersFromTestingGroupsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "apps.sendRequest": {
      params: T.AppsSendRequestParams;
      response: T.AppsSendRequestResponse;
      variants: [];
      responses: { "response": T.AppsSendRequestResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "apps.updateMetaForTestingGroup": {
      params: T.AppsUpdateMetaForTestingGroupParams;
      response: T.AppsUpdateMetaForTestingGroupResponse;
      variants: [];
      responses: { "response": T.AppsUpdateMetaForTestingGroupResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "auth.restore": {
      params: T.AuthRestoreParams;
      response: T.AuthRestoreResponse;
      variants: [];
      responses: { "response": T.AuthRestoreResponse };
      errors: ApiGlobalErrorCode | 1105;
      tokens: "user" | "open" | "service";
    };
  "board.addTopic": {
      params: T.BoardAddTopicParams;
      response: T.BoardAddTopicResponse;
      variants: [];
      responses: { "response": T.BoardAddTopicResponse };
      errors: ApiGlobalErrorCode | 703;
      tokens: "user";
    };
  "board.closeTopic": {
      params: T.BoardCloseTopicParams;
      response: T.BoardCloseTopicResponse;
      variants: [];
      responses: { "response": T.BoardCloseTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "board.createComment": {
      params: T.BoardCreateCommentParams;
      response: T.BoardCreateCommentResponse;
      variants: [];
      responses: { "response": T.BoardCreateCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "board.deleteComment": {
      params: T.BoardDeleteCommentParams;
      response: T.BoardDeleteCommentResponse;
      variants: [];
      responses: { "response": T.BoardDeleteCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "board.deleteTopic": {
      params: T.BoardDeleteTopicParams;
      response: T.BoardDeleteTopicResponse;
      variants: [];
      responses: { "response": T.BoardDeleteTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "board.editComment": {
      params: T.BoardEditCommentParams;
      response: T.BoardEditCommentResponse;
      variants: [];
      responses: { "response": T.BoardEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "board.editTopic": {
      params: T.BoardEditTopicParams;
      response: T.BoardEditTopicResponse;
      variants: [];
      responses: { "response": T.BoardEditTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "board.fixTopic": {
      params: T.BoardFixTopicParams;
      response: T.BoardFixTopicResponse;
      variants: [];
      responses: { "response": T.BoardFixTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "board.getComments": {
      params: T.BoardGetCommentsParams;
      response: T.BoardGetCommentsResponse;
      variants: [[{ "extended": 1 | true }, T.BoardGetCommentsExtendedResponse]];
      responses: { "response": T.BoardGetCommentsResponse; "extendedResponse": T.BoardGetCommentsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "board.getTopics": {
      params: T.BoardGetTopicsParams;
      response: T.BoardGetTopicsResponse;
      variants: [[{ "extended": 1 | true }, T.BoardGetTopicsExtendedResponse]];
      responses: { "response": T.BoardGetTopicsResponse; "extendedResponse": T.BoardGetTopicsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "board.openTopic": {
      params: T.BoardOpenTopicParams;
      response: T.BoardOpenTopicResponse;
      variants: [];
      responses: { "response": T.BoardOpenTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "board.restoreComment": {
      params: T.BoardRestoreCommentParams;
      response: T.BoardRestoreCommentResponse;
      variants: [];
      responses: { "response": T.BoardRestoreCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "board.unfixTopic": {
      params: T.BoardUnfixTopicParams;
      response: T.BoardUnfixTopicResponse;
      variants: [];
      responses: { "response": T.BoardUnfixTopicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "bugtracker.addCompanyGroupsMembers": {
      params: T.BugtrackerAddCompanyGroupsMembersParams;
      response: T.BugtrackerAddCompanyGroupsMembersResponse;
      variants: [];
      responses: { "response": T.BugtrackerAddCompanyGroupsMembersResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  "bugtracker.addCompanyMembers": {
      params: T.BugtrackerAddCompanyMembersParams;
      response: T.BugtrackerAddCompanyMembersResponse;
      variants: [];
      responses: { "response": T.BugtrackerAddCompanyMembersResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  "bugtracker.changeBugreportStatus": {
      params: T.BugtrackerChangeBugreportStatusParams;
      response: T.BugtrackerChangeBugreportStatusResponse;
      variants: [];
      responses: { "response": T.BugtrackerChangeBugreportStatusResponse };
      errors: ApiGlobalErrorCode | 104 | 106;
      tokens: never;
    };
  "bugtracker.createComment": {
      params: T.BugtrackerCreateCommentParams;
      response: T.BugtrackerCreateCommentResponse;
      variants: [];
      responses: { "response": T.BugtrackerCreateCommentResponse };
      errors: ApiGlobalErrorCode | 104 | 122;
      tokens: never;
    };
  "bugtracker.getBugreportById": {
      params: T.BugtrackerGetBugreportByIdParams;
      response: T.BugtrackerGetBugreportByIdResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetBugreportByIdResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  "bugtracker.getCompanyGroupMembers": {
      params: T.BugtrackerGetCompanyGroupMembersParams;
      response: T.BugtrackerGetCompanyGroupMembersResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetCompanyGroupMembersResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  "bugtracker.getCompanyMembers": {
      params: T.BugtrackerGetCompanyMembersParams;
      response: T.BugtrackerGetCompanyMembersResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetCompanyMembersResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  "bugtracker.getDownloadVersionUrl": {
      params: T.BugtrackerGetDownloadVersionUrlParams;
      response: T.BugtrackerGetDownloadVersionUrlResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetDownloadVersionUrlResponse };
      errors: ApiGlobalErrorCode | 104 | 106;
      tokens: never;
    };
  "bugtracker.getProductBuildUploadServer": {
      params: T.BugtrackerGetProductBuildUploadServerParams;
      response: T.BugtrackerGetProductBuildUploadServerResponse;
      variants: [];
      responses: { "response": T.BugtrackerGetProductBuildUploadServerResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: never;
    };
  "bugtracker.removeCompanyGroupMember": {
      params: T.BugtrackerRemoveCompanyGroupMemberParams;
      response: T.BugtrackerRemoveCompanyGroupMemberResponse;
      variants: [];
      responses: { "response": T.BugtrackerRemoveCompanyGroupMemberResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  "bugtracker.removeCompanyMember": {
      params: T.BugtrackerRemoveCompanyMemberParams;
      response: T.BugtrackerRemoveCompanyMemberResponse;
      variants: [];
      responses: { "response": T.BugtrackerRemoveCompanyMemberResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: never;
    };
  "bugtracker.saveProductVersion": {
      params: T.BugtrackerSaveProductVersionParams;
      response: T.BugtrackerSaveProductVersionResponse;
      variants: [];
      responses: { "response": T.BugtrackerSaveProductVersionResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: never;
    };
  "bugtracker.setCompanyMemberRole": {
      params: T.BugtrackerSetCompanyMemberRoleParams;
      response: T.BugtrackerSetCompanyMemberRoleResponse;
      variants: [];
      responses: { "response": T.BugtrackerSetCompanyMemberRoleResponse };
      errors: ApiGlobalErrorCode | 104 | 103;
      tokens: never;
    };
  "bugtracker.setProductIsOver": {
      params: T.BugtrackerSetProductIsOverParams;
      response: T.BugtrackerSetProductIsOverResponse;
      variants: [];
      responses: { "response": T.BugtrackerSetProductIsOverResponse };
      errors: ApiGlobalErrorCode | 104 | 106;
      tokens: never;
    };
  "calls.forceFinish": {
      params: T.CallsForceFinishParams;
      response: T.CallsForceFinishResponse;
      variants: [];
      responses: { "response": T.CallsForceFinishResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "calls.start": {
      params: T.CallsStartParams;
      response: T.CallsStartResponse;
      variants: [];
      responses: { "response": T.CallsStartResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "database.getChairs": {
      params: T.DatabaseGetChairsParams;
      response: T.DatabaseGetChairsResponse;
      variants: [];
      responses: { "response": T.DatabaseGetChairsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getCities": {
      params: T.DatabaseGetCitiesParams;
      response: T.DatabaseGetCitiesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetCitiesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "database.getCitiesById": {
      params: T.DatabaseGetCitiesByIdParams;
      response: T.DatabaseGetCitiesByIdResponse;
      variants: [];
      responses: { "response": T.DatabaseGetCitiesByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getCountries": {
      params: T.DatabaseGetCountriesParams;
      response: T.DatabaseGetCountriesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetCountriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "database.getCountriesById": {
      params: T.DatabaseGetCountriesByIdParams;
      response: T.DatabaseGetCountriesByIdResponse;
      variants: [];
      responses: { "response": T.DatabaseGetCountriesByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getFaculties": {
      params: T.DatabaseGetFacultiesParams;
      response: T.DatabaseGetFacultiesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetFacultiesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getMetroStations": {
      params: T.DatabaseGetMetroStationsParams;
      response: T.DatabaseGetMetroStationsResponse;
      variants: [];
      responses: { "response": T.DatabaseGetMetroStationsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getMetroStationsById": {
      params: T.DatabaseGetMetroStationsByIdParams;
      response: T.DatabaseGetMetroStationsByIdResponse;
      variants: [];
      responses: { "response": T.DatabaseGetMetroStationsByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getRegions": {
      params: T.DatabaseGetRegionsParams;
      response: T.DatabaseGetRegionsResponse;
      variants: [];
      responses: { "response": T.DatabaseGetRegionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getSchoolClasses": {
      params: T.DatabaseGetSchoolClassesParams;
      response: T.DatabaseGetSchoolClassesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetSchoolClassesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getSchools": {
      params: T.DatabaseGetSchoolsParams;
      response: T.DatabaseGetSchoolsResponse;
      variants: [];
      responses: { "response": T.DatabaseGetSchoolsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "database.getUniversities": {
      params: T.DatabaseGetUniversitiesParams;
      response: T.DatabaseGetUniversitiesResponse;
      variants: [];
      responses: { "response": T.DatabaseGetUniversitiesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "docs.add": {
      params: T.DocsAddParams;
      response: T.DocsAddResponse;
      variants: [];
      responses: { "response": T.DocsAddResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "docs.delete": {
      params: T.DocsDeleteParams;
      response: T.DocsDeleteResponse;
      variants: [];
      responses: { "response": T.DocsDeleteResponse };
      errors: ApiGlobalErrorCode | 1151 | 1150;
      tokens: "user";
    };
  "docs.edit": {
      params: T.DocsEditParams;
      response: T.DocsEditResponse;
      variants: [];
      responses: { "response": T.DocsEditResponse };
      errors: ApiGlobalErrorCode | 1153 | 1150 | 1152;
      tokens: "user";
    };
  "docs.get": {
      params: T.DocsGetParams;
      response: T.DocsGetResponse;
      variants: [];
      responses: { "response": T.DocsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "docs.getById": {
      params: T.DocsGetByIdParams;
      response: T.DocsGetByIdResponse;
      variants: [];
      responses: { "response": T.DocsGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "docs.getMessagesUploadServer": {
      params: T.DocsGetMessagesUploadServerParams;
      response: T.DocsGetMessagesUploadServerResponse;
      variants: [];
      responses: { "response": T.DocsGetMessagesUploadServerResponse };
      errors: ApiGlobalErrorCode | 901;
      tokens: "user" | "group";
    };
  "docs.getTypes": {
      params: T.DocsGetTypesParams;
      response: T.DocsGetTypesResponse;
      variants: [];
      responses: { "response": T.DocsGetTypesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "docs.getUploadServer": {
      params: T.DocsGetUploadServerParams;
      response: T.DocsGetUploadServerResponse;
      variants: [];
      responses: { "response": T.DocsGetUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "docs.getWallUploadServer": {
      params: T.DocsGetWallUploadServerParams;
      response: T.DocsGetWallUploadServerResponse;
      variants: [];
      responses: { "response": T.DocsGetWallUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "docs.restore": {
      params: T.DocsRestoreParams;
      response: T.DocsRestoreResponse;
      variants: [];
      responses: { "response": T.DocsRestoreResponse };
      errors: ApiGlobalErrorCode | 1154 | 1155;
      tokens: "user";
    };
  "docs.save": {
      params: T.DocsSaveParams;
      response: T.DocsSaveResponse;
      variants: [];
      responses: { "response": T.DocsSaveResponse };
      errors: ApiGlobalErrorCode | 105;
      tokens: "user" | "group";
    };
  "docs.search": {
      params: T.DocsSearchParams;
      response: T.DocsSearchResponse;
      variants: [];
      responses: { "response": T.DocsSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "donut.getFriends": {
      params: T.DonutGetFriendsParams;
      response: T.DonutGetFriendsResponse;
      variants: [];
      responses: { "response": T.DonutGetFriendsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "donut.getSubscription": {
      params: T.DonutGetSubscriptionParams;
      response: T.DonutGetSubscriptionResponse;
      variants: [];
      responses: { "response": T.DonutGetSubscriptionResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  "donut.getSubscriptions": {
      params: T.DonutGetSubscriptionsParams;
      response: T.DonutGetSubscriptionsResponse;
      variants: [];
      responses: { "response": T.DonutGetSubscriptionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "donut.isDon": {
      params: T.DonutIsDonParams;
      response: T.DonutIsDonResponse;
      variants: [];
      responses: { "response": T.DonutIsDonResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "downloadedGames.getPaidStatus": {
      params: T.DownloadedGamesGetPaidStatusParams;
      response: T.DownloadedGamesGetPaidStatusResponse;
      variants: [];
      responses: { "response": T.DownloadedGamesGetPaidStatusResponse };
      errors: ApiGlobalErrorCode | 106 | 104;
      tokens: "user";
    };
  "execute": {
      params: T.ExecuteParams;
      response: T.ExecuteResponse;
      variants: [];
      responses: { "response": T.ExecuteResponse };
      errors: ApiGlobalErrorCode | 12;
      tokens: "user" | "group";
    };
  "fave.addArticle": {
      params: T.FaveAddArticleParams;
      response: T.FaveAddArticleResponse;
      variants: [];
      responses: { "response": T.FaveAddArticleResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  "fave.addLink": {
      params: T.FaveAddLinkParams;
      response: T.FaveAddLinkResponse;
      variants: [];
      responses: { "response": T.FaveAddLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.addPage": {
      params: T.FaveAddPageParams;
      response: T.FaveAddPageResponse;
      variants: [];
      responses: { "response": T.FaveAddPageResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.addPost": {
      params: T.FaveAddPostParams;
      response: T.FaveAddPostResponse;
      variants: [];
      responses: { "response": T.FaveAddPostResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.addProduct": {
      params: T.FaveAddProductParams;
      response: T.FaveAddProductResponse;
      variants: [];
      responses: { "response": T.FaveAddProductResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.addTag": {
      params: T.FaveAddTagParams;
      response: T.FaveAddTagResponse;
      variants: [];
      responses: { "response": T.FaveAddTagResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user";
    };
  "fave.addVideo": {
      params: T.FaveAddVideoParams;
      response: T.FaveAddVideoResponse;
      variants: [];
      responses: { "response": T.FaveAddVideoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.editTag": {
      params: T.FaveEditTagParams;
      response: T.FaveEditTagResponse;
      variants: [];
      responses: { "response": T.FaveEditTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.get": {
      params: T.FaveGetParams;
      response: T.FaveGetResponse;
      variants: [[{ "extended": 1 | true }, T.FaveGetExtendedResponse]];
      responses: { "response": T.FaveGetResponse; "extendedResponse": T.FaveGetExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.getPages": {
      params: T.FaveGetPagesParams;
      response: T.FaveGetPagesResponse;
      variants: [];
      responses: { "response": T.FaveGetPagesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.getTags": {
      params: T.FaveGetTagsParams;
      response: T.FaveGetTagsResponse;
      variants: [];
      responses: { "response": T.FaveGetTagsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.markSeen": {
      params: T.FaveMarkSeenParams;
      response: T.FaveMarkSeenResponse;
      variants: [];
      responses: { "response": T.FaveMarkSeenResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.removeArticle": {
      params: T.FaveRemoveArticleParams;
      response: T.FaveRemoveArticleResponse;
      variants: [];
      responses: { "response": T.FaveRemoveArticleResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.removeLink": {
      params: T.FaveRemoveLinkParams;
      response: T.FaveRemoveLinkResponse;
      variants: [];
      responses: { "response": T.FaveRemoveLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.removePage": {
      params: T.FaveRemovePageParams;
      response: T.FaveRemovePageResponse;
      variants: [];
      responses: { "response": T.FaveRemovePageResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.removePost": {
      params: T.FaveRemovePostParams;
      response: T.FaveRemovePostResponse;
      variants: [];
      responses: { "response": T.FaveRemovePostResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.removeProduct": {
      params: T.FaveRemoveProductParams;
      response: T.FaveRemoveProductResponse;
      variants: [];
      responses: { "response": T.FaveRemoveProductResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.removeTag": {
      params: T.FaveRemoveTagParams;
      response: T.FaveRemoveTagResponse;
      variants: [];
      responses: { "response": T.FaveRemoveTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.removeVideo": {
      params: T.FaveRemoveVideoParams;
      response: T.FaveRemoveVideoResponse;
      variants: [];
      responses: { "response": T.FaveRemoveVideoResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.reorderTags": {
      params: T.FaveReorderTagsParams;
      response: T.FaveReorderTagsResponse;
      variants: [];
      responses: { "response": T.FaveReorderTagsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "fave.setPageTags": {
      params: T.FaveSetPageTagsParams;
      response: T.FaveSetPageTagsResponse;
      variants: [];
      responses: { "response": T.FaveSetPageTagsResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  "fave.setTags": {
      params: T.FaveSetTagsParams;
      response: T.FaveSetTagsResponse;
      variants: [];
      responses: { "response": T.FaveSetTagsResponse };
      errors: ApiGlobalErrorCode | 104 | 3800;
      tokens: "user";
    };
  "fave.trackPageInteraction": {
      params: T.FaveTrackPageInteractionParams;
      response: T.FaveTrackPageInteractionResponse;
      variants: [];
      responses: { "response": T.FaveTrackPageInteractionResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.add": {
      params: T.FriendsAddParams;
      response: T.FriendsAddResponse;
      variants: [];
      responses: { "response": T.FriendsAddResponse };
      errors: ApiGlobalErrorCode | 175 | 176 | 174 | 177 | 242;
      tokens: "user";
    };
  "friends.addList": {
      params: T.FriendsAddListParams;
      response: T.FriendsAddListResponse;
      variants: [];
      responses: { "response": T.FriendsAddListResponse };
      errors: ApiGlobalErrorCode | 173;
      tokens: "user";
    };
  "friends.areFriends": {
      params: T.FriendsAreFriendsParams;
      response: T.FriendsAreFriendsResponse;
      variants: [[{ "extended": 1 | true }, T.FriendsAreFriendsExtendedResponse]];
      responses: { "response": T.FriendsAreFriendsResponse; "extendedResponse": T.FriendsAreFriendsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.delete": {
      params: T.FriendsDeleteParams;
      response: T.FriendsDeleteResponse;
      variants: [];
      responses: { "response": T.FriendsDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.deleteAllRequests": {
      params: T.FriendsDeleteAllRequestsParams;
      response: T.FriendsDeleteAllRequestsResponse;
      variants: [];
      responses: { "response": T.FriendsDeleteAllRequestsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.deleteList": {
      params: T.FriendsDeleteListParams;
      response: T.FriendsDeleteListResponse;
      variants: [];
      responses: { "response": T.FriendsDeleteListResponse };
      errors: ApiGlobalErrorCode | 171;
      tokens: "user";
    };
  "friends.edit": {
      params: T.FriendsEditParams;
      response: T.FriendsEditResponse;
      variants: [];
      responses: { "response": T.FriendsEditResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.editList": {
      params: T.FriendsEditListParams;
      response: T.FriendsEditListResponse;
      variants: [];
      responses: { "response": T.FriendsEditListResponse };
      errors: ApiGlobalErrorCode | 171;
      tokens: "user";
    };
  "friends.get": {
      params: T.FriendsGetParams;
      response: T.FriendsGetResponse;
      variants: [[{ "fields": {} }, T.FriendsGetFieldsResponse]];
      responses: { "response": T.FriendsGetResponse; "fieldsResponse": T.FriendsGetFieldsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "friends.getAppUsers": {
      params: T.FriendsGetAppUsersParams;
      response: T.FriendsGetAppUsersResponse;
      variants: [];
      responses: { "response": T.FriendsGetAppUsersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.getLists": {
      params: T.FriendsGetListsParams;
      response: T.FriendsGetListsResponse;
      variants: [];
      responses: { "response": T.FriendsGetListsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.getMutual": {
      params: T.FriendsGetMutualParams;
      response: T.FriendsGetMutualResponse;
      variants: [[{ "target_uids": {} }, T.FriendsGetMutualTargetUidsResponse], [{ "need_common_count": 1 | true }, T.FriendsGetMutualTotalCountResponse]];
      responses: { "response": T.FriendsGetMutualResponse; "targetUidsResponse": T.FriendsGetMutualTargetUidsResponse; "totalCountResponse": T.FriendsGetMutualTotalCountResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.getOnline": {
      params: T.FriendsGetOnlineParams;
      response: T.FriendsGetOnlineResponse | T.FriendsGetOnlineExtendedResponse | T.FriendsGetOnlineOnlineMobileResponse;
      variants: [[{ "online_mobile": 1 | true }, T.FriendsGetOnlineOnlineMobileExtendedResponse]];
      responses: { "response": T.FriendsGetOnlineResponse; "onlineMobileResponse": T.FriendsGetOnlineOnlineMobileResponse; "extendedResponse": T.FriendsGetOnlineExtendedResponse; "onlineMobileExtendedResponse": T.FriendsGetOnlineOnlineMobileExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.getRecent": {
      params: T.FriendsGetRecentParams;
      response: T.FriendsGetRecentResponse;
      variants: [];
      responses: { "response": T.FriendsGetRecentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.getRequests": {
      params: T.FriendsGetRequestsParams;
      response: T.FriendsGetRequestsResponse;
      variants: [[{ "extended": 1 | true }, T.FriendsGetRequestsExtendedResponse], [{ "need_mutual": 1 | true }, T.FriendsGetRequestsNeedMutualResponse]];
      responses: { "response": T.FriendsGetRequestsResponse; "needMutualResponse": T.FriendsGetRequestsNeedMutualResponse; "extendedResponse": T.FriendsGetRequestsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.getSuggestions": {
      params: T.FriendsGetSuggestionsParams;
      response: T.FriendsGetSuggestionsResponse;
      variants: [];
      responses: { "response": T.FriendsGetSuggestionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "friends.search": {
      params: T.FriendsSearchParams;
      response: T.FriendsSearchResponse;
      variants: [];
      responses: { "response": T.FriendsSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "gifts.get": {
      params: T.GiftsGetParams;
      response: T.GiftsGetResponse;
      variants: [];
      responses: { "response": T.GiftsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.addAddress": {
      params: T.GroupsAddAddressParams;
      response: T.GroupsAddAddressResponse;
      variants: [];
      responses: { "response": T.GroupsAddAddressResponse };
      errors: ApiGlobalErrorCode | 260 | 104 | 706;
      tokens: "user" | "group";
    };
  "groups.addCallbackServer": {
      params: T.GroupsAddCallbackServerParams;
      response: T.GroupsAddCallbackServerResponse;
      variants: [];
      responses: { "response": T.GroupsAddCallbackServerResponse };
      errors: ApiGlobalErrorCode | 2000;
      tokens: "user" | "group";
    };
  "groups.addLink": {
      params: T.GroupsAddLinkParams;
      response: T.GroupsAddLinkResponse;
      variants: [];
      responses: { "response": T.GroupsAddLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.approveRequest": {
      params: T.GroupsApproveRequestParams;
      response: T.GroupsApproveRequestResponse;
      variants: [];
      responses: { "response": T.GroupsApproveRequestResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user";
    };
  "groups.ban": {
      params: T.GroupsBanParams;
      response: T.GroupsBanResponse;
      variants: [];
      responses: { "response": T.GroupsBanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.create": {
      params: T.GroupsCreateParams;
      response: T.GroupsCreateResponse;
      variants: [];
      responses: { "response": T.GroupsCreateResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user";
    };
  "groups.deleteAddress": {
      params: T.GroupsDeleteAddressParams;
      response: T.GroupsDeleteAddressResponse;
      variants: [];
      responses: { "response": T.GroupsDeleteAddressResponse };
      errors: ApiGlobalErrorCode | 260 | 104;
      tokens: "user" | "group";
    };
  "groups.deleteCallbackServer": {
      params: T.GroupsDeleteCallbackServerParams;
      response: T.GroupsDeleteCallbackServerResponse;
      variants: [];
      responses: { "response": T.GroupsDeleteCallbackServerResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  "groups.deleteLink": {
      params: T.GroupsDeleteLinkParams;
      response: T.GroupsDeleteLinkResponse;
      variants: [];
      responses: { "response": T.GroupsDeleteLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.disableOnline": {
      params: T.GroupsDisableOnlineParams;
      response: T.GroupsDisableOnlineResponse;
      variants: [];
      responses: { "response": T.GroupsDisableOnlineResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.edit": {
      params: T.GroupsEditParams;
      response: T.GroupsEditResponse;
      variants: [];
      responses: { "response": T.GroupsEditResponse };
      errors: ApiGlobalErrorCode | 1260;
      tokens: "user" | "group";
    };
  "groups.editAddress": {
      params: T.GroupsEditAddressParams;
      response: T.GroupsEditAddressResponse;
      variants: [];
      responses: { "response": T.GroupsEditAddressResponse };
      errors: ApiGlobalErrorCode | 260 | 104 | 706;
      tokens: "user" | "group";
    };
  "groups.editCallbackServer": {
      params: T.GroupsEditCallbackServerParams;
      response: T.GroupsEditCallbackServerResponse;
      variants: [];
      responses: { "response": T.GroupsEditCallbackServerResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  "groups.editLink": {
      params: T.GroupsEditLinkParams;
      response: T.GroupsEditLinkResponse;
      variants: [];
      responses: { "response": T.GroupsEditLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.editManager": {
      params: T.GroupsEditManagerParams;
      response: T.GroupsEditManagerResponse;
      variants: [];
      responses: { "response": T.GroupsEditManagerResponse };
      errors: ApiGlobalErrorCode | 700 | 701 | 702 | 703 | 704;
      tokens: "user";
    };
  "groups.enableOnline": {
      params: T.GroupsEnableOnlineParams;
      response: T.GroupsEnableOnlineResponse;
      variants: [];
      responses: { "response": T.GroupsEnableOnlineResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.get": {
      params: T.GroupsGetParams;
      response: T.GroupsGetResponse;
      variants: [[{ "extended": 1 | true }, T.GroupsGetExtendedResponse]];
      responses: { "response": T.GroupsGetResponse; "extendedResponse": T.GroupsGetExtendedResponse };
      errors: ApiGlobalErrorCode | 260;
      tokens: "user" | "service";
    };
  "groups.getAddresses": {
      params: T.GroupsGetAddressesParams;
      response: T.GroupsGetAddressesResponse;
      variants: [];
      responses: { "response": T.GroupsGetAddressesResponse };
      errors: ApiGlobalErrorCode | 125 | 260;
      tokens: "user" | "service";
    };
  "groups.getBanned": {
      params: T.GroupsGetBannedParams;
      response: T.GroupsGetBannedResponse;
      variants: [];
      responses: { "response": T.GroupsGetBannedResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  "groups.getById": {
      params: T.GroupsGetByIdParams;
      response: T.GroupsGetByIdResponse;
      variants: [];
      responses: { "response": T.GroupsGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "groups.getCallbackConfirmationCode": {
      params: T.GroupsGetCallbackConfirmationCodeParams;
      response: T.GroupsGetCallbackConfirmationCodeResponse;
      variants: [];
      responses: { "response": T.GroupsGetCallbackConfirmationCodeResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.getCallbackServers": {
      params: T.GroupsGetCallbackServersParams;
      response: T.GroupsGetCallbackServersResponse;
      variants: [];
      responses: { "response": T.GroupsGetCallbackServersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.getCallbackSettings": {
      params: T.GroupsGetCallbackSettingsParams;
      response: T.GroupsGetCallbackSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsGetCallbackSettingsResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  "groups.getCatalogInfo": {
      params: T.GroupsGetCatalogInfoParams;
      response: T.GroupsGetCatalogInfoResponse;
      variants: [[{ "extended": 1 | true }, T.GroupsGetCatalogInfoExtendedResponse]];
      responses: { "response": T.GroupsGetCatalogInfoResponse; "extendedResponse": T.GroupsGetCatalogInfoExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.getInvitedUsers": {
      params: T.GroupsGetInvitedUsersParams;
      response: T.GroupsGetInvitedUsersResponse;
      variants: [];
      responses: { "response": T.GroupsGetInvitedUsersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.getInvites": {
      params: T.GroupsGetInvitesParams;
      response: T.GroupsGetInvitesResponse;
      variants: [[{ "extended": 1 | true }, T.GroupsGetInvitesExtendedResponse]];
      responses: { "response": T.GroupsGetInvitesResponse; "extendedResponse": T.GroupsGetInvitesExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.getLongPollServer": {
      params: T.GroupsGetLongPollServerParams;
      response: T.GroupsGetLongPollServerResponse;
      variants: [];
      responses: { "response": T.GroupsGetLongPollServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.getLongPollSettings": {
      params: T.GroupsGetLongPollSettingsParams;
      response: T.GroupsGetLongPollSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsGetLongPollSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.getMembers": {
      params: T.GroupsGetMembersParams;
      response: T.GroupsGetMembersResponse;
      variants: [[{ "fields": {} }, T.GroupsGetMembersFieldsResponse], [{ "filter": "managers" }, T.GroupsGetMembersFilterResponse]];
      responses: { "response": T.GroupsGetMembersResponse; "fieldsResponse": T.GroupsGetMembersFieldsResponse; "filterResponse": T.GroupsGetMembersFilterResponse };
      errors: ApiGlobalErrorCode | 125;
      tokens: "user" | "group" | "service";
    };
  "groups.getOnlineStatus": {
      params: T.GroupsGetOnlineStatusParams;
      response: T.GroupsGetOnlineStatusResponse;
      variants: [];
      responses: { "response": T.GroupsGetOnlineStatusResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.getRequests": {
      params: T.GroupsGetRequestsParams;
      response: T.GroupsGetRequestsResponse;
      variants: [[{ "fields": {} }, T.GroupsGetRequestsFieldsResponse]];
      responses: { "response": T.GroupsGetRequestsResponse; "fieldsResponse": T.GroupsGetRequestsFieldsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.getSettings": {
      params: T.GroupsGetSettingsParams;
      response: T.GroupsGetSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsGetSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.getTagList": {
      params: T.GroupsGetTagListParams;
      response: T.GroupsGetTagListResponse;
      variants: [];
      responses: { "response": T.GroupsGetTagListResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.getTokenPermissions": {
      params: T.GroupsGetTokenPermissionsParams;
      response: T.GroupsGetTokenPermissionsResponse;
      variants: [];
      responses: { "response": T.GroupsGetTokenPermissionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "group";
    };
  "groups.invite": {
      params: T.GroupsInviteParams;
      response: T.GroupsInviteResponse;
      variants: [[{ "user_ids_list": {} }, T.GroupsInviteUserIdsResponse]];
      responses: { "response": T.GroupsInviteResponse; "userIdsResponse": T.GroupsInviteUserIdsResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user";
    };
  "groups.isMember": {
      params: T.GroupsIsMemberParams;
      response: T.GroupsIsMemberResponse;
      variants: [[{ "user_ids": {}; "extended": 1 | true }, T.GroupsIsMemberUserIdsExtendedResponse], [{ "user_ids": {} }, T.GroupsIsMemberUserIdsResponse], [{ "extended": 1 | true }, T.GroupsIsMemberExtendedResponse]];
      responses: { "response": T.GroupsIsMemberResponse; "userIdsResponse": T.GroupsIsMemberUserIdsResponse; "extendedResponse": T.GroupsIsMemberExtendedResponse; "userIds_Extended_Response": T.GroupsIsMemberUserIdsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "groups.join": {
      params: T.GroupsJoinParams;
      response: T.GroupsJoinResponse;
      variants: [];
      responses: { "response": T.GroupsJoinResponse };
      errors: ApiGlobalErrorCode | 103 | 714;
      tokens: "user";
    };
  "groups.leave": {
      params: T.GroupsLeaveParams;
      response: T.GroupsLeaveResponse;
      variants: [];
      responses: { "response": T.GroupsLeaveResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.removeUser": {
      params: T.GroupsRemoveUserParams;
      response: T.GroupsRemoveUserResponse;
      variants: [];
      responses: { "response": T.GroupsRemoveUserResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.reorderLink": {
      params: T.GroupsReorderLinkParams;
      response: T.GroupsReorderLinkResponse;
      variants: [];
      responses: { "response": T.GroupsReorderLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.search": {
      params: T.GroupsSearchParams;
      response: T.GroupsSearchResponse;
      variants: [];
      responses: { "response": T.GroupsSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "groups.setCallbackSettings": {
      params: T.GroupsSetCallbackSettingsParams;
      response: T.GroupsSetCallbackSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetCallbackSettingsResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group";
    };
  "groups.setLongPollSettings": {
      params: T.GroupsSetLongPollSettingsParams;
      response: T.GroupsSetLongPollSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetLongPollSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.setSettings": {
      params: T.GroupsSetSettingsParams;
      response: T.GroupsSetSettingsResponse;
      variants: [];
      responses: { "response": T.GroupsSetSettingsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.setUserNote": {
      params: T.GroupsSetUserNoteParams;
      response: T.GroupsSetUserNoteResponse;
      variants: [];
      responses: { "response": T.GroupsSetUserNoteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.tagAdd": {
      params: T.GroupsTagAddParams;
      response: T.GroupsTagAddResponse;
      variants: [];
      responses: { "response": T.GroupsTagAddResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.tagBind": {
      params: T.GroupsTagBindParams;
      response: T.GroupsTagBindResponse;
      variants: [];
      responses: { "response": T.GroupsTagBindResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.tagDelete": {
      params: T.GroupsTagDeleteParams;
      response: T.GroupsTagDeleteResponse;
      variants: [];
      responses: { "response": T.GroupsTagDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.tagUpdate": {
      params: T.GroupsTagUpdateParams;
      response: T.GroupsTagUpdateResponse;
      variants: [];
      responses: { "response": T.GroupsTagUpdateResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "groups.toggleMarket": {
      params: T.GroupsToggleMarketParams;
      response: T.GroupsToggleMarketResponse;
      variants: [];
      responses: { "response": T.GroupsToggleMarketResponse };
      errors: ApiGlobalErrorCode | 1431 | 1432;
      tokens: "user";
    };
  "groups.unban": {
      params: T.GroupsUnbanParams;
      response: T.GroupsUnbanResponse;
      variants: [];
      responses: { "response": T.GroupsUnbanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "leadForms.create": {
      params: T.LeadFormsCreateParams;
      response: T.LeadFormsCreateResponse;
      variants: [];
      responses: { "response": T.LeadFormsCreateResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "leadForms.delete": {
      params: T.LeadFormsDeleteParams;
      response: T.LeadFormsDeleteResponse;
      variants: [];
      responses: { "response": T.LeadFormsDeleteResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  "leadForms.get": {
      params: T.LeadFormsGetParams;
      response: T.LeadFormsGetResponse;
      variants: [];
      responses: { "response": T.LeadFormsGetResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  "leadForms.getLeads": {
      params: T.LeadFormsGetLeadsParams;
      response: T.LeadFormsGetLeadsResponse;
      variants: [];
      responses: { "response": T.LeadFormsGetLeadsResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  "leadForms.getUploadURL": {
      params: T.LeadFormsGetUploadURLParams;
      response: T.LeadFormsGetUploadURLResponse;
      variants: [];
      responses: { "response": T.LeadFormsGetUploadURLResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "leadForms.list": {
      params: T.LeadFormsListParams;
      response: T.LeadFormsListResponse;
      variants: [];
      responses: { "response": T.LeadFormsListResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "leadForms.update": {
      params: T.LeadFormsUpdateParams;
      response: T.LeadFormsUpdateResponse;
      variants: [];
      responses: { "response": T.LeadFormsUpdateResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user";
    };
  "likes.add": {
      params: T.LikesAddParams;
      response: T.LikesAddResponse;
      variants: [];
      responses: { "response": T.LikesAddResponse };
      errors: ApiGlobalErrorCode | 232;
      tokens: "user";
    };
  "likes.delete": {
      params: T.LikesDeleteParams;
      response: T.LikesDeleteResponse;
      variants: [];
      responses: { "response": T.LikesDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "likes.getList": {
      params: T.LikesGetListParams;
      response: T.LikesGetListResponse;
      variants: [[{ "extended": 1 | true }, T.LikesGetListExtendedResponse]];
      responses: { "response": T.LikesGetListResponse; "extendedResponse": T.LikesGetListExtendedResponse };
      errors: ApiGlobalErrorCode | 232;
      tokens: "user" | "service";
    };
  "likes.isLiked": {
      params: T.LikesIsLikedParams;
      response: T.LikesIsLikedResponse;
      variants: [];
      responses: { "response": T.LikesIsLikedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.add": {
      params: T.MarketAddParams;
      response: T.MarketAddResponse;
      variants: [];
      responses: { "response": T.MarketAddResponse };
      errors: ApiGlobalErrorCode | 205 | 1405 | 1408 | 1416 | 1417 | 1426 | 1425 | 1433 | 1434 | 1435 | 1438 | 1406;
      tokens: "user";
    };
  "market.addAlbum": {
      params: T.MarketAddAlbumParams;
      response: T.MarketAddAlbumResponse;
      variants: [];
      responses: { "response": T.MarketAddAlbumResponse };
      errors: ApiGlobalErrorCode | 1407 | 1438 | 1446;
      tokens: "user";
    };
  "market.addProperty": {
      params: T.MarketAddPropertyParams;
      response: T.MarketAddPropertyResponse;
      variants: [];
      responses: { "response": T.MarketAddPropertyResponse };
      errors: ApiGlobalErrorCode | 1411 | 1421 | 1424 | 1418 | 1410 | 1438;
      tokens: "user";
    };
  "market.addPropertyVariant": {
      params: T.MarketAddPropertyVariantParams;
      response: T.MarketAddPropertyVariantResponse;
      variants: [];
      responses: { "response": T.MarketAddPropertyVariantResponse };
      errors: ApiGlobalErrorCode | 1411 | 1409 | 1423 | 1419 | 1417 | 1438;
      tokens: "user";
    };
  "market.addToAlbum": {
      params: T.MarketAddToAlbumParams;
      response: T.MarketAddToAlbumBaseResponse;
      variants: [];
      responses: { "baseResponse": T.MarketAddToAlbumBaseResponse };
      errors: ApiGlobalErrorCode | 1402 | 1438 | 1403 | 1406 | 1404;
      tokens: "user";
    };
  "market.createComment": {
      params: T.MarketCreateCommentParams;
      response: T.MarketCreateCommentResponse;
      variants: [];
      responses: { "response": T.MarketCreateCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.delete": {
      params: T.MarketDeleteParams;
      response: T.MarketDeleteResponse;
      variants: [];
      responses: { "response": T.MarketDeleteResponse };
      errors: ApiGlobalErrorCode | 205 | 1438 | 1403;
      tokens: "user";
    };
  "market.deleteAlbum": {
      params: T.MarketDeleteAlbumParams;
      response: T.MarketDeleteAlbumResponse;
      variants: [];
      responses: { "response": T.MarketDeleteAlbumResponse };
      errors: ApiGlobalErrorCode | 1402 | 1438;
      tokens: "user";
    };
  "market.deleteComment": {
      params: T.MarketDeleteCommentParams;
      response: T.MarketDeleteCommentResponse;
      variants: [];
      responses: { "response": T.MarketDeleteCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.deleteProperty": {
      params: T.MarketDeletePropertyParams;
      response: T.MarketDeletePropertyResponse;
      variants: [];
      responses: { "response": T.MarketDeletePropertyResponse };
      errors: ApiGlobalErrorCode | 1411 | 1409 | 1417 | 1438;
      tokens: "user";
    };
  "market.deletePropertyVariant": {
      params: T.MarketDeletePropertyVariantParams;
      response: T.MarketDeletePropertyVariantResponse;
      variants: [];
      responses: { "response": T.MarketDeletePropertyVariantResponse };
      errors: ApiGlobalErrorCode | 1411 | 1409 | 1417 | 1416 | 1438;
      tokens: "user";
    };
  "market.edit": {
      params: T.MarketEditParams;
      response: T.MarketEditResponse;
      variants: [];
      responses: { "response": T.MarketEditResponse };
      errors: ApiGlobalErrorCode | 205 | 1403 | 1408 | 1412 | 1413 | 1433 | 1434 | 1435 | 1438;
      tokens: "user";
    };
  "market.editAlbum": {
      params: T.MarketEditAlbumParams;
      response: T.MarketEditAlbumResponse;
      variants: [];
      responses: { "response": T.MarketEditAlbumResponse };
      errors: ApiGlobalErrorCode | 1402 | 1438 | 1446 | 1457 | 1458;
      tokens: "user";
    };
  "market.editComment": {
      params: T.MarketEditCommentParams;
      response: T.MarketEditCommentResponse;
      variants: [];
      responses: { "response": T.MarketEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.editOrder": {
      params: T.MarketEditOrderParams;
      response: T.MarketEditOrderResponse;
      variants: [];
      responses: { "response": T.MarketEditOrderResponse };
      errors: ApiGlobalErrorCode | 1427 | 1429 | 1430 | 1456;
      tokens: "user" | "group";
    };
  "market.editProperty": {
      params: T.MarketEditPropertyParams;
      response: T.MarketEditPropertyResponse;
      variants: [];
      responses: { "response": T.MarketEditPropertyResponse };
      errors: ApiGlobalErrorCode | 1411 | 1421 | 1424 | 1438;
      tokens: "user";
    };
  "market.editPropertyVariant": {
      params: T.MarketEditPropertyVariantParams;
      response: T.MarketEditPropertyVariantResponse;
      variants: [];
      responses: { "response": T.MarketEditPropertyVariantResponse };
      errors: ApiGlobalErrorCode | 1411 | 1409 | 1421 | 1423 | 1416 | 1438;
      tokens: "user";
    };
  "market.filterCategories": {
      params: T.MarketFilterCategoriesParams;
      response: T.MarketFilterCategoriesResponse;
      variants: [];
      responses: { "response": T.MarketFilterCategoriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.get": {
      params: T.MarketGetParams;
      response: T.MarketGetResponse;
      variants: [[{ "extended": 1 | true }, T.MarketGetExtendedResponse]];
      responses: { "response": T.MarketGetResponse; "extendedResponse": T.MarketGetExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.getAlbumById": {
      params: T.MarketGetAlbumByIdParams;
      response: T.MarketGetAlbumByIdResponse;
      variants: [];
      responses: { "response": T.MarketGetAlbumByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.getAlbums": {
      params: T.MarketGetAlbumsParams;
      response: T.MarketGetAlbumsResponse;
      variants: [];
      responses: { "response": T.MarketGetAlbumsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.getById": {
      params: T.MarketGetByIdParams;
      response: T.MarketGetByIdResponse;
      variants: [[{ "extended": 1 | true }, T.MarketGetByIdExtendedResponse]];
      responses: { "response": T.MarketGetByIdResponse; "extendedResponse": T.MarketGetByIdExtendedResponse };
      errors: ApiGlobalErrorCode | 1525 | 1526;
      tokens: "user";
    };
  "market.getCategories": {
      params: T.MarketGetCategoriesParams;
      response: T.MarketGetCategoriesResponse;
      variants: [];
      responses: { "response": T.MarketGetCategoriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.getComments": {
      params: T.MarketGetCommentsParams;
      response: T.MarketGetCommentsResponse;
      variants: [];
      responses: { "response": T.MarketGetCommentsResponse };
      errors: ApiGlobalErrorCode | 1401;
      tokens: "user";
    };
  "market.getGroupOrders": {
      params: T.MarketGetGroupOrdersParams;
      response: T.MarketGetGroupOrdersResponse;
      variants: [];
      responses: { "response": T.MarketGetGroupOrdersResponse };
      errors: ApiGlobalErrorCode | 1409 | 1456;
      tokens: "user" | "group";
    };
  "market.getOrderById": {
      params: T.MarketGetOrderByIdParams;
      response: T.MarketGetOrderByIdResponse;
      variants: [];
      responses: { "response": T.MarketGetOrderByIdResponse };
      errors: ApiGlobalErrorCode | 1436;
      tokens: "user" | "group";
    };
  "market.getOrderItems": {
      params: T.MarketGetOrderItemsParams;
      response: T.MarketGetOrderItemsResponse;
      variants: [];
      responses: { "response": T.MarketGetOrderItemsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "market.getOrders": {
      params: T.MarketGetOrdersParams;
      response: T.MarketGetOrdersResponse;
      variants: [[{ "extended": 1 | true }, T.MarketGetOrdersExtendedResponse]];
      responses: { "response": T.MarketGetOrdersResponse; "extendedResponse": T.MarketGetOrdersExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.getProductPhotoUploadServer": {
      params: T.MarketGetProductPhotoUploadServerParams;
      response: T.MarketGetProductPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.MarketGetProductPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode | 1438;
      tokens: "user";
    };
  "market.getProperties": {
      params: T.MarketGetPropertiesParams;
      response: T.MarketGetPropertiesResponse;
      variants: [];
      responses: { "response": T.MarketGetPropertiesResponse };
      errors: ApiGlobalErrorCode | 1438 | 1411 | 1410 | 1409;
      tokens: "user";
    };
  "market.groupItems": {
      params: T.MarketGroupItemsParams;
      response: T.MarketGroupItemsResponse;
      variants: [];
      responses: { "response": T.MarketGroupItemsResponse };
      errors: ApiGlobalErrorCode | 1409 | 1403 | 1411 | 1412 | 1413 | 1414 | 1415 | 1416 | 1410 | 1417 | 1425 | 1426 | 1438;
      tokens: "user";
    };
  "market.removeFromAlbum": {
      params: T.MarketRemoveFromAlbumParams;
      response: T.MarketRemoveFromAlbumResponse;
      variants: [];
      responses: { "response": T.MarketRemoveFromAlbumResponse };
      errors: ApiGlobalErrorCode | 1402 | 1403 | 1438;
      tokens: "user";
    };
  "market.reorderAlbums": {
      params: T.MarketReorderAlbumsParams;
      response: T.MarketReorderAlbumsResponse;
      variants: [];
      responses: { "response": T.MarketReorderAlbumsResponse };
      errors: ApiGlobalErrorCode | 205 | 1402 | 1438;
      tokens: "user";
    };
  "market.reorderItems": {
      params: T.MarketReorderItemsParams;
      response: T.MarketReorderItemsResponse;
      variants: [];
      responses: { "response": T.MarketReorderItemsResponse };
      errors: ApiGlobalErrorCode | 205 | 1402 | 1403 | 1438;
      tokens: "user";
    };
  "market.report": {
      params: T.MarketReportParams;
      response: T.MarketReportResponse;
      variants: [];
      responses: { "response": T.MarketReportResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.reportComment": {
      params: T.MarketReportCommentParams;
      response: T.MarketReportCommentResponse;
      variants: [];
      responses: { "response": T.MarketReportCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.restore": {
      params: T.MarketRestoreParams;
      response: T.MarketRestoreResponse;
      variants: [];
      responses: { "response": T.MarketRestoreResponse };
      errors: ApiGlobalErrorCode | 205 | 1400 | 1438 | 1403 | 1518;
      tokens: "user";
    };
  "market.restoreComment": {
      params: T.MarketRestoreCommentParams;
      response: T.MarketRestoreCommentResponse;
      variants: [];
      responses: { "response": T.MarketRestoreCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.saveProductPhoto": {
      params: T.MarketSaveProductPhotoParams;
      response: T.MarketSaveProductPhotoResponse;
      variants: [];
      responses: { "response": T.MarketSaveProductPhotoResponse };
      errors: ApiGlobalErrorCode | 1438;
      tokens: "user";
    };
  "market.saveProductPhotoBulk": {
      params: T.MarketSaveProductPhotoBulkParams;
      response: T.MarketSaveProductPhotoBulkResponse;
      variants: [];
      responses: { "response": T.MarketSaveProductPhotoBulkResponse };
      errors: ApiGlobalErrorCode | 1438;
      tokens: "user";
    };
  "market.search": {
      params: T.MarketSearchParams;
      response: T.MarketSearchResponse;
      variants: [[{ "extended": 1 | true }, T.MarketSearchExtendedResponse]];
      responses: { "response": T.MarketSearchResponse; "extendedResponse": T.MarketSearchExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.searchItems": {
      params: T.MarketSearchItemsParams;
      response: T.MarketSearchItemsResponse;
      variants: [];
      responses: { "response": T.MarketSearchItemsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.searchItemsBasic": {
      params: T.MarketSearchItemsBasicParams;
      response: T.MarketSearchItemsBasicResponse;
      variants: [];
      responses: { "response": T.MarketSearchItemsBasicResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "market.ungroupItems": {
      params: T.MarketUngroupItemsParams;
      response: T.MarketUngroupItemsResponse;
      variants: [];
      responses: { "response": T.MarketUngroupItemsResponse };
      errors: ApiGlobalErrorCode | 1409 | 1411 | 1438;
      tokens: "user";
    };
  "messages.addChatUser": {
      params: T.MessagesAddChatUserParams;
      response: T.MessagesAddChatUserResponse;
      variants: [];
      responses: { "response": T.MessagesAddChatUserResponse };
      errors: ApiGlobalErrorCode | 103 | 925 | 939 | 936 | 945 | 947 | 946 | 932;
      tokens: "user";
    };
  "messages.addChatUsers": {
      params: T.MessagesAddChatUsersParams;
      response: T.MessagesAddChatUsersResponse;
      variants: [];
      responses: { "response": T.MessagesAddChatUsersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "messages.allowMessagesFromGroup": {
      params: T.MessagesAllowMessagesFromGroupParams;
      response: T.MessagesAllowMessagesFromGroupResponse;
      variants: [];
      responses: { "response": T.MessagesAllowMessagesFromGroupResponse };
      errors: ApiGlobalErrorCode | 943;
      tokens: "user";
    };
  "messages.createChat": {
      params: T.MessagesCreateChatParams;
      response: T.MessagesCreateChatResponse;
      variants: [];
      responses: { "response": T.MessagesCreateChatResponse };
      errors: ApiGlobalErrorCode | 936;
      tokens: "user" | "group";
    };
  "messages.delete": {
      params: T.MessagesDeleteParams;
      response: T.MessagesDeleteResponse;
      variants: [];
      responses: { "response": T.MessagesDeleteResponse };
      errors: ApiGlobalErrorCode | 924;
      tokens: "user" | "group";
    };
  "messages.deleteChatPhoto": {
      params: T.MessagesDeleteChatPhotoParams;
      response: T.MessagesDeleteChatPhotoResponse;
      variants: [];
      responses: { "response": T.MessagesDeleteChatPhotoResponse };
      errors: ApiGlobalErrorCode | 925 | 945;
      tokens: "user" | "group";
    };
  "messages.deleteConversation": {
      params: T.MessagesDeleteConversationParams;
      response: T.MessagesDeleteConversationResponse;
      variants: [];
      responses: { "response": T.MessagesDeleteConversationResponse };
      errors: ApiGlobalErrorCode | 936;
      tokens: "user" | "group";
    };
  "messages.deleteReaction": {
      params: T.MessagesDeleteReactionParams;
      response: T.MessagesDeleteReactionResponse;
      variants: [];
      responses: { "response": T.MessagesDeleteReactionResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.denyMessagesFromGroup": {
      params: T.MessagesDenyMessagesFromGroupParams;
      response: T.MessagesDenyMessagesFromGroupResponse;
      variants: [];
      responses: { "response": T.MessagesDenyMessagesFromGroupResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "messages.edit": {
      params: T.MessagesEditParams;
      response: T.MessagesEditResponse;
      variants: [];
      responses: { "response": T.MessagesEditResponse };
      errors: ApiGlobalErrorCode | 901 | 909 | 910 | 920 | 914 | 917 | 911 | 940 | 946 | 912 | 949;
      tokens: "user" | "group";
    };
  "messages.editChat": {
      params: T.MessagesEditChatParams;
      response: T.MessagesEditChatResponse;
      variants: [];
      responses: { "response": T.MessagesEditChatResponse };
      errors: ApiGlobalErrorCode | 925 | 945 | 946;
      tokens: "user" | "group";
    };
  "messages.getByConversationMessageId": {
      params: T.MessagesGetByConversationMessageIdParams;
      response: T.MessagesGetByConversationMessageIdResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetByConversationMessageIdExtendedResponse]];
      responses: { "response": T.MessagesGetByConversationMessageIdResponse; "extendedResponse": T.MessagesGetByConversationMessageIdExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.getById": {
      params: T.MessagesGetByIdParams;
      response: T.MessagesGetByIdResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetByIdExtendedResponse]];
      responses: { "response": T.MessagesGetByIdResponse; "extendedResponse": T.MessagesGetByIdExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.getChat": {
      params: T.MessagesGetChatParams;
      response: T.MessagesGetChatResponse;
      variants: [[{ "chat_ids": {}; "fields": {} }, T.MessagesGetChatChatIdsFieldsResponse], [{ "chat_ids": {} }, T.MessagesGetChatChatIdsResponse], [{ "fields": {} }, T.MessagesGetChatFieldsResponse]];
      responses: { "response": T.MessagesGetChatResponse; "fieldsResponse": T.MessagesGetChatFieldsResponse; "chatIdsResponse": T.MessagesGetChatChatIdsResponse; "chatIds_Fields_Response": T.MessagesGetChatChatIdsFieldsResponse };
      errors: ApiGlobalErrorCode | 945 | 946 | 1012 | 925;
      tokens: "user";
    };
  "messages.getChatPreview": {
      params: T.MessagesGetChatPreviewParams;
      response: T.MessagesGetChatPreviewResponse;
      variants: [];
      responses: { "response": T.MessagesGetChatPreviewResponse };
      errors: ApiGlobalErrorCode | 917 | 901;
      tokens: "user";
    };
  "messages.getConversationMembers": {
      params: T.MessagesGetConversationMembersParams;
      response: T.MessagesGetConversationMembersResponse;
      variants: [];
      responses: { "response": T.MessagesGetConversationMembersResponse };
      errors: ApiGlobalErrorCode | 917 | 927;
      tokens: "user" | "group";
    };
  "messages.getConversations": {
      params: T.MessagesGetConversationsParams;
      response: T.MessagesGetConversationsResponse;
      variants: [];
      responses: { "response": T.MessagesGetConversationsResponse };
      errors: ApiGlobalErrorCode | 927 | 936 | 917;
      tokens: "user" | "group";
    };
  "messages.getConversationsById": {
      params: T.MessagesGetConversationsByIdParams;
      response: T.MessagesGetConversationsByIdResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetConversationsByIdExtendedResponse]];
      responses: { "response": T.MessagesGetConversationsByIdResponse; "extendedResponse": T.MessagesGetConversationsByIdExtendedResponse };
      errors: ApiGlobalErrorCode | 927 | 917 | 936;
      tokens: "user" | "group";
    };
  "messages.getHistory": {
      params: T.MessagesGetHistoryParams;
      response: T.MessagesGetHistoryResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetHistoryExtendedResponse]];
      responses: { "response": T.MessagesGetHistoryResponse; "extendedResponse": T.MessagesGetHistoryExtendedResponse };
      errors: ApiGlobalErrorCode | 936 | 927;
      tokens: "user" | "group";
    };
  "messages.getHistoryAttachments": {
      params: T.MessagesGetHistoryAttachmentsParams;
      response: T.MessagesGetHistoryAttachmentsResponse;
      variants: [];
      responses: { "response": T.MessagesGetHistoryAttachmentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.getImportantMessages": {
      params: T.MessagesGetImportantMessagesParams;
      response: T.MessagesGetImportantMessagesResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesGetImportantMessagesExtendedResponse]];
      responses: { "response": T.MessagesGetImportantMessagesResponse; "extendedResponse": T.MessagesGetImportantMessagesExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.getIntentUsers": {
      params: T.MessagesGetIntentUsersParams;
      response: T.MessagesGetIntentUsersResponse;
      variants: [];
      responses: { "response": T.MessagesGetIntentUsersResponse };
      errors: ApiGlobalErrorCode | 943;
      tokens: "group";
    };
  "messages.getInviteLink": {
      params: T.MessagesGetInviteLinkParams;
      response: T.MessagesGetInviteLinkResponse | T.MessagesGetInviteLinkResponseByOwner;
      variants: [];
      responses: { "response": T.MessagesGetInviteLinkResponse; "responseByOwner": T.MessagesGetInviteLinkResponseByOwner };
      errors: ApiGlobalErrorCode | 919 | 931;
      tokens: "user" | "group";
    };
  "messages.getLastActivity": {
      params: T.MessagesGetLastActivityParams;
      response: T.MessagesGetLastActivityResponse;
      variants: [];
      responses: { "response": T.MessagesGetLastActivityResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "messages.getLongPollHistory": {
      params: T.MessagesGetLongPollHistoryParams;
      response: T.MessagesGetLongPollHistoryResponse;
      variants: [];
      responses: { "response": T.MessagesGetLongPollHistoryResponse };
      errors: ApiGlobalErrorCode | 907 | 908 | 36 | 927 | 990;
      tokens: "user" | "group";
    };
  "messages.getLongPollServer": {
      params: T.MessagesGetLongPollServerParams;
      response: T.MessagesGetLongPollServerResponse;
      variants: [];
      responses: { "response": T.MessagesGetLongPollServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.getMessagesReactions": {
      params: T.MessagesGetMessagesReactionsParams;
      response: T.MessagesGetMessagesReactionsResponse;
      variants: [];
      responses: { "response": T.MessagesGetMessagesReactionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.getReactedPeers": {
      params: T.MessagesGetReactedPeersParams;
      response: T.MessagesGetReactedPeersResponse;
      variants: [];
      responses: { "response": T.MessagesGetReactedPeersResponse };
      errors: ApiGlobalErrorCode | 1009;
      tokens: "user" | "group";
    };
  "messages.getReactionsAssets": {
      params: T.MessagesGetReactionsAssetsParams;
      response: T.MessagesGetReactionsAssetsResponse;
      variants: [];
      responses: { "response": T.MessagesGetReactionsAssetsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "messages.isMessagesFromGroupAllowed": {
      params: T.MessagesIsMessagesFromGroupAllowedParams;
      response: T.MessagesIsMessagesFromGroupAllowedResponse;
      variants: [];
      responses: { "response": T.MessagesIsMessagesFromGroupAllowedResponse };
      errors: ApiGlobalErrorCode | 943;
      tokens: "user" | "group";
    };
  "messages.joinChatByInviteLink": {
      params: T.MessagesJoinChatByInviteLinkParams;
      response: T.MessagesJoinChatByInviteLinkResponse;
      variants: [];
      responses: { "response": T.MessagesJoinChatByInviteLinkResponse };
      errors: ApiGlobalErrorCode | 917 | 103;
      tokens: "user";
    };
  "messages.markAsAnsweredConversation": {
      params: T.MessagesMarkAsAnsweredConversationParams;
      response: T.MessagesMarkAsAnsweredConversationResponse;
      variants: [];
      responses: { "response": T.MessagesMarkAsAnsweredConversationResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.markAsImportant": {
      params: T.MessagesMarkAsImportantParams;
      response: T.MessagesMarkAsImportantResponse;
      variants: [];
      responses: { "response": T.MessagesMarkAsImportantResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "messages.markAsImportantConversation": {
      params: T.MessagesMarkAsImportantConversationParams;
      response: T.MessagesMarkAsImportantConversationResponse;
      variants: [];
      responses: { "response": T.MessagesMarkAsImportantConversationResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.markAsRead": {
      params: T.MessagesMarkAsReadParams;
      response: T.MessagesMarkAsReadResponse;
      variants: [];
      responses: { "response": T.MessagesMarkAsReadResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.markReactionsAsRead": {
      params: T.MessagesMarkReactionsAsReadParams;
      response: T.MessagesMarkReactionsAsReadResponse;
      variants: [];
      responses: { "response": T.MessagesMarkReactionsAsReadResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "messages.muteChatMentions": {
      params: T.MessagesMuteChatMentionsParams;
      response: T.MessagesMuteChatMentionsResponse;
      variants: [];
      responses: { "response": T.MessagesMuteChatMentionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "messages.pin": {
      params: T.MessagesPinParams;
      response: T.MessagesPinResponse;
      variants: [];
      responses: { "response": T.MessagesPinResponse };
      errors: ApiGlobalErrorCode | 925 | 942 | 970 | 927;
      tokens: "user" | "group";
    };
  "messages.removeChatUser": {
      params: T.MessagesRemoveChatUserParams;
      response: T.MessagesRemoveChatUserResponse;
      variants: [];
      responses: { "response": T.MessagesRemoveChatUserResponse };
      errors: ApiGlobalErrorCode | 925 | 935 | 936 | 945 | 946;
      tokens: "user" | "group";
    };
  "messages.restore": {
      params: T.MessagesRestoreParams;
      response: T.MessagesRestoreResponse;
      variants: [];
      responses: { "response": T.MessagesRestoreResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.search": {
      params: T.MessagesSearchParams;
      response: T.MessagesSearchResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesSearchExtendedResponse]];
      responses: { "response": T.MessagesSearchResponse; "extendedResponse": T.MessagesSearchExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.searchConversations": {
      params: T.MessagesSearchConversationsParams;
      response: T.MessagesSearchConversationsResponse;
      variants: [[{ "extended": 1 | true }, T.MessagesSearchConversationsExtendedResponse]];
      responses: { "response": T.MessagesSearchConversationsResponse; "extendedResponse": T.MessagesSearchConversationsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "messages.send": {
      params: T.MessagesSendParams;
      response: T.MessagesSendDeprecatedResponse;
      variants: [[{ "peer_ids": {} }, T.MessagesSendUserIdsResponse]];
      responses: { "deprecatedResponse": T.MessagesSendDeprecatedResponse; "userIdsResponse": T.MessagesSendUserIdsResponse };
      errors: ApiGlobalErrorCode | 900 | 901 | 902 | 914 | 913 | 921 | 917 | 911 | 912 | 936 | 940 | 943 | 944 | 946 | 945 | 925 | 950 | 104 | 962 | 969 | 922 | 1012 | 985 | 987 | 988;
      tokens: "user" | "group";
    };
  "messages.sendMessageEventAnswer": {
      params: T.MessagesSendMessageEventAnswerParams;
      response: T.MessagesSendMessageEventAnswerResponse;
      variants: [];
      responses: { "response": T.MessagesSendMessageEventAnswerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "group";
    };
  "messages.sendReaction": {
      params: T.MessagesSendReactionParams;
      response: T.MessagesSendReactionResponse;
      variants: [];
      responses: { "response": T.MessagesSendReactionResponse };
      errors: ApiGlobalErrorCode | 1009 | 1010 | 1011;
      tokens: "user" | "group";
    };
  "messages.setActivity": {
      params: T.MessagesSetActivityParams;
      response: T.MessagesSetActivityResponse;
      variants: [];
      responses: { "response": T.MessagesSetActivityResponse };
      errors: ApiGlobalErrorCode | 932 | 917 | 936 | 927;
      tokens: "user" | "group";
    };
  "messages.setChatPhoto": {
      params: T.MessagesSetChatPhotoParams;
      response: T.MessagesSetChatPhotoResponse;
      variants: [];
      responses: { "response": T.MessagesSetChatPhotoResponse };
      errors: ApiGlobalErrorCode | 22 | 1160 | 925 | 945;
      tokens: "user" | "group";
    };
  "messages.unpin": {
      params: T.MessagesUnpinParams;
      response: T.MessagesUnpinResponse;
      variants: [];
      responses: { "response": T.MessagesUnpinResponse };
      errors: ApiGlobalErrorCode | 925 | 927;
      tokens: "user" | "group";
    };
  "newsfeed.addBan": {
      params: T.NewsfeedAddBanParams;
      response: T.NewsfeedAddBanResponse;
      variants: [];
      responses: { "response": T.NewsfeedAddBanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.deleteBan": {
      params: T.NewsfeedDeleteBanParams;
      response: T.NewsfeedDeleteBanResponse;
      variants: [];
      responses: { "response": T.NewsfeedDeleteBanResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.deleteList": {
      params: T.NewsfeedDeleteListParams;
      response: T.NewsfeedDeleteListResponse;
      variants: [];
      responses: { "response": T.NewsfeedDeleteListResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.get": {
      params: T.NewsfeedGetParams;
      response: T.NewsfeedGetResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.getBanned": {
      params: T.NewsfeedGetBannedParams;
      response: T.NewsfeedGetBannedResponse;
      variants: [[{ "extended": 1 | true }, T.NewsfeedGetBannedExtendedResponse]];
      responses: { "response": T.NewsfeedGetBannedResponse; "extendedResponse": T.NewsfeedGetBannedExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.getComments": {
      params: T.NewsfeedGetCommentsParams;
      response: T.NewsfeedGetCommentsResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetCommentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.getLists": {
      params: T.NewsfeedGetListsParams;
      response: T.NewsfeedGetListsResponse;
      variants: [[{ "extended": 1 | true }, T.NewsfeedGetListsExtendedResponse]];
      responses: { "response": T.NewsfeedGetListsResponse; "extendedResponse": T.NewsfeedGetListsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.getMentions": {
      params: T.NewsfeedGetMentionsParams;
      response: T.NewsfeedGetMentionsResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetMentionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.getRecommended": {
      params: T.NewsfeedGetRecommendedParams;
      response: T.NewsfeedGetRecommendedResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetRecommendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.getSuggestedSources": {
      params: T.NewsfeedGetSuggestedSourcesParams;
      response: T.NewsfeedGetSuggestedSourcesResponse;
      variants: [];
      responses: { "response": T.NewsfeedGetSuggestedSourcesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.ignoreItem": {
      params: T.NewsfeedIgnoreItemParams;
      response: T.NewsfeedIgnoreItemResponse;
      variants: [];
      responses: { "response": T.NewsfeedIgnoreItemResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.saveList": {
      params: T.NewsfeedSaveListParams;
      response: T.NewsfeedSaveListResponse;
      variants: [];
      responses: { "response": T.NewsfeedSaveListResponse };
      errors: ApiGlobalErrorCode | 1170;
      tokens: "user";
    };
  "newsfeed.search": {
      params: T.NewsfeedSearchParams;
      response: T.NewsfeedSearchResponse | T.NewsfeedSearchResponseStrict | T.NewsfeedSearchExtendedResponseStrict;
      variants: [[{ "extended": 1 | true }, T.NewsfeedSearchExtendedResponse]];
      responses: { "response": T.NewsfeedSearchResponse; "responseStrict": T.NewsfeedSearchResponseStrict; "extendedResponse": T.NewsfeedSearchExtendedResponse; "extendedResponseStrict": T.NewsfeedSearchExtendedResponseStrict };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "newsfeed.unignoreItem": {
      params: T.NewsfeedUnignoreItemParams;
      response: T.NewsfeedUnignoreItemResponse;
      variants: [];
      responses: { "response": T.NewsfeedUnignoreItemResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "newsfeed.unsubscribe": {
      params: T.NewsfeedUnsubscribeParams;
      response: T.NewsfeedUnsubscribeResponse;
      variants: [];
      responses: { "response": T.NewsfeedUnsubscribeResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "notes.add": {
      params: T.NotesAddParams;
      response: T.NotesAddResponse;
      variants: [];
      responses: { "response": T.NotesAddResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "notes.createComment": {
      params: T.NotesCreateCommentParams;
      response: T.NotesCreateCommentResponse;
      variants: [];
      responses: { "response": T.NotesCreateCommentResponse };
      errors: ApiGlobalErrorCode | 181 | 182;
      tokens: "user";
    };
  "notes.delete": {
      params: T.NotesDeleteParams;
      response: T.NotesDeleteResponse;
      variants: [];
      responses: { "response": T.NotesDeleteResponse };
      errors: ApiGlobalErrorCode | 180;
      tokens: "user";
    };
  "notes.deleteComment": {
      params: T.NotesDeleteCommentParams;
      response: T.NotesDeleteCommentResponse;
      variants: [];
      responses: { "response": T.NotesDeleteCommentResponse };
      errors: ApiGlobalErrorCode | 181 | 183;
      tokens: "user";
    };
  "notes.edit": {
      params: T.NotesEditParams;
      response: T.NotesEditResponse;
      variants: [];
      responses: { "response": T.NotesEditResponse };
      errors: ApiGlobalErrorCode | 180;
      tokens: "user";
    };
  "notes.editComment": {
      params: T.NotesEditCommentParams;
      response: T.NotesEditCommentResponse;
      variants: [];
      responses: { "response": T.NotesEditCommentResponse };
      errors: ApiGlobalErrorCode | 183;
      tokens: "user";
    };
  "notes.get": {
      params: T.NotesGetParams;
      response: T.NotesGetResponse;
      variants: [];
      responses: { "response": T.NotesGetResponse };
      errors: ApiGlobalErrorCode | 180;
      tokens: "user";
    };
  "notes.getById": {
      params: T.NotesGetByIdParams;
      response: T.NotesGetByIdResponse;
      variants: [];
      responses: { "response": T.NotesGetByIdResponse };
      errors: ApiGlobalErrorCode | 181 | 180;
      tokens: "user";
    };
  "notes.getComments": {
      params: T.NotesGetCommentsParams;
      response: T.NotesGetCommentsResponse;
      variants: [];
      responses: { "response": T.NotesGetCommentsResponse };
      errors: ApiGlobalErrorCode | 181;
      tokens: "user";
    };
  "notes.restoreComment": {
      params: T.NotesRestoreCommentParams;
      response: T.NotesRestoreCommentResponse;
      variants: [];
      responses: { "response": T.NotesRestoreCommentResponse };
      errors: ApiGlobalErrorCode | 183;
      tokens: "user";
    };
  "notifications.get": {
      params: T.NotificationsGetParams;
      response: T.NotificationsGetResponse;
      variants: [];
      responses: { "response": T.NotificationsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "notifications.markAsViewed": {
      params: T.NotificationsMarkAsViewedParams;
      response: T.NotificationsMarkAsViewedResponse;
      variants: [];
      responses: { "response": T.NotificationsMarkAsViewedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "notifications.sendMessage": {
      params: T.NotificationsSendMessageParams;
      response: T.NotificationsSendMessageResponse;
      variants: [];
      responses: { "response": T.NotificationsSendMessageResponse };
      errors: ApiGlobalErrorCode | 711;
      tokens: "service";
    };
  "orders.cancelSubscription": {
      params: T.OrdersCancelSubscriptionParams;
      response: T.OrdersCancelSubscriptionResponse;
      variants: [];
      responses: { "response": T.OrdersCancelSubscriptionResponse };
      errors: ApiGlobalErrorCode | 1256 | 1257;
      tokens: "service";
    };
  "orders.changeState": {
      params: T.OrdersChangeStateParams;
      response: T.OrdersChangeStateResponse;
      variants: [];
      responses: { "response": T.OrdersChangeStateResponse };
      errors: ApiGlobalErrorCode | 103 | 106;
      tokens: "service";
    };
  "orders.get": {
      params: T.OrdersGetParams;
      response: T.OrdersGetResponse;
      variants: [];
      responses: { "response": T.OrdersGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "orders.getAmount": {
      params: T.OrdersGetAmountParams;
      response: T.OrdersGetAmountResponse;
      variants: [];
      responses: { "response": T.OrdersGetAmountResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "orders.getById": {
      params: T.OrdersGetByIdParams;
      response: T.OrdersGetByIdResponse;
      variants: [];
      responses: { "response": T.OrdersGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "orders.getUserSubscriptionById": {
      params: T.OrdersGetUserSubscriptionByIdParams;
      response: T.OrdersGetUserSubscriptionByIdResponse;
      variants: [];
      responses: { "response": T.OrdersGetUserSubscriptionByIdResponse };
      errors: ApiGlobalErrorCode | 1256;
      tokens: "service";
    };
  "orders.getUserSubscriptions": {
      params: T.OrdersGetUserSubscriptionsParams;
      response: T.OrdersGetUserSubscriptionsResponse;
      variants: [];
      responses: { "response": T.OrdersGetUserSubscriptionsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "pages.clearCache": {
      params: T.PagesClearCacheParams;
      response: T.PagesClearCacheResponse;
      variants: [];
      responses: { "response": T.PagesClearCacheResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "pages.get": {
      params: T.PagesGetParams;
      response: T.PagesGetResponse;
      variants: [];
      responses: { "response": T.PagesGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "pages.getHistory": {
      params: T.PagesGetHistoryParams;
      response: T.PagesGetHistoryResponse;
      variants: [];
      responses: { "response": T.PagesGetHistoryResponse };
      errors: ApiGlobalErrorCode | 141 | 140;
      tokens: "user";
    };
  "pages.getTitles": {
      params: T.PagesGetTitlesParams;
      response: T.PagesGetTitlesResponse;
      variants: [];
      responses: { "response": T.PagesGetTitlesResponse };
      errors: ApiGlobalErrorCode | 141;
      tokens: "user";
    };
  "pages.getVersion": {
      params: T.PagesGetVersionParams;
      response: T.PagesGetVersionResponse;
      variants: [];
      responses: { "response": T.PagesGetVersionResponse };
      errors: ApiGlobalErrorCode | 141;
      tokens: "user";
    };
  "pages.parseWiki": {
      params: T.PagesParseWikiParams;
      response: T.PagesParseWikiResponse;
      variants: [];
      responses: { "response": T.PagesParseWikiResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "pages.save": {
      params: T.PagesSaveParams;
      response: T.PagesSaveResponse;
      variants: [];
      responses: { "response": T.PagesSaveResponse };
      errors: ApiGlobalErrorCode | 141 | 140 | 119;
      tokens: "user";
    };
  "pages.saveAccess": {
      params: T.PagesSaveAccessParams;
      response: T.PagesSaveAccessResponse;
      variants: [];
      responses: { "response": T.PagesSaveAccessResponse };
      errors: ApiGlobalErrorCode | 141 | 140;
      tokens: "user";
    };
  "photos.confirmTag": {
      params: T.PhotosConfirmTagParams;
      response: T.PhotosConfirmTagResponse;
      variants: [];
      responses: { "response": T.PhotosConfirmTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.copy": {
      params: T.PhotosCopyParams;
      response: T.PhotosCopyResponse;
      variants: [];
      responses: { "response": T.PhotosCopyResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.createAlbum": {
      params: T.PhotosCreateAlbumParams;
      response: T.PhotosCreateAlbumResponse;
      variants: [];
      responses: { "response": T.PhotosCreateAlbumResponse };
      errors: ApiGlobalErrorCode | 302;
      tokens: "user";
    };
  "photos.createComment": {
      params: T.PhotosCreateCommentParams;
      response: T.PhotosCreateCommentResponse;
      variants: [];
      responses: { "response": T.PhotosCreateCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.delete": {
      params: T.PhotosDeleteParams;
      response: T.PhotosDeleteResponse;
      variants: [];
      responses: { "response": T.PhotosDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.deleteAlbum": {
      params: T.PhotosDeleteAlbumParams;
      response: T.PhotosDeleteAlbumResponse;
      variants: [];
      responses: { "response": T.PhotosDeleteAlbumResponse };
      errors: ApiGlobalErrorCode | 114;
      tokens: "user";
    };
  "photos.deleteComment": {
      params: T.PhotosDeleteCommentParams;
      response: T.PhotosDeleteCommentResponse;
      variants: [];
      responses: { "response": T.PhotosDeleteCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.edit": {
      params: T.PhotosEditParams;
      response: T.PhotosEditResponse;
      variants: [];
      responses: { "response": T.PhotosEditResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.editAlbum": {
      params: T.PhotosEditAlbumParams;
      response: T.PhotosEditAlbumResponse;
      variants: [];
      responses: { "response": T.PhotosEditAlbumResponse };
      errors: ApiGlobalErrorCode | 114;
      tokens: "user";
    };
  "photos.editComment": {
      params: T.PhotosEditCommentParams;
      response: T.PhotosEditCommentResponse;
      variants: [];
      responses: { "response": T.PhotosEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.get": {
      params: T.PhotosGetParams;
      response: T.PhotosGetResponse;
      variants: [];
      responses: { "response": T.PhotosGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "photos.getAlbums": {
      params: T.PhotosGetAlbumsParams;
      response: T.PhotosGetAlbumsResponse;
      variants: [];
      responses: { "response": T.PhotosGetAlbumsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "photos.getAlbumsCount": {
      params: T.PhotosGetAlbumsCountParams;
      response: T.PhotosGetAlbumsCountResponse;
      variants: [];
      responses: { "response": T.PhotosGetAlbumsCountResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.getAll": {
      params: T.PhotosGetAllParams;
      response: T.PhotosGetAllResponse;
      variants: [];
      responses: { "response": T.PhotosGetAllResponse };
      errors: ApiGlobalErrorCode | 19;
      tokens: "user";
    };
  "photos.getAllComments": {
      params: T.PhotosGetAllCommentsParams;
      response: T.PhotosGetAllCommentsResponse;
      variants: [];
      responses: { "response": T.PhotosGetAllCommentsResponse };
      errors: ApiGlobalErrorCode | 114;
      tokens: "user";
    };
  "photos.getById": {
      params: T.PhotosGetByIdParams;
      response: T.PhotosGetByIdResponse;
      variants: [];
      responses: { "response": T.PhotosGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "photos.getChatUploadServer": {
      params: T.PhotosGetChatUploadServerParams;
      response: T.PhotosGetChatUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetChatUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "photos.getComments": {
      params: T.PhotosGetCommentsParams;
      response: T.PhotosGetCommentsResponse;
      variants: [[{ "extended": 1 | true }, T.PhotosGetCommentsExtendedResponse]];
      responses: { "response": T.PhotosGetCommentsResponse; "extendedResponse": T.PhotosGetCommentsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.getMarketAlbumUploadServer": {
      params: T.PhotosGetMarketAlbumUploadServerParams;
      response: T.PhotosGetMarketAlbumUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetMarketAlbumUploadServerResponse };
      errors: ApiGlobalErrorCode | 1438;
      tokens: "user";
    };
  "photos.getMessagesUploadServer": {
      params: T.PhotosGetMessagesUploadServerParams;
      response: T.PhotosGetMessagesUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetMessagesUploadServerResponse };
      errors: ApiGlobalErrorCode | 901;
      tokens: "user" | "group";
    };
  "photos.getNewTags": {
      params: T.PhotosGetNewTagsParams;
      response: T.PhotosGetNewTagsResponse;
      variants: [];
      responses: { "response": T.PhotosGetNewTagsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.getOwnerCoverPhotoUploadServer": {
      params: T.PhotosGetOwnerCoverPhotoUploadServerParams;
      response: T.PhotosGetOwnerCoverPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetOwnerCoverPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode | 703;
      tokens: "user" | "group";
    };
  "photos.getOwnerPhotoUploadServer": {
      params: T.PhotosGetOwnerPhotoUploadServerParams;
      response: T.PhotosGetOwnerPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetOwnerPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode | 703;
      tokens: "user";
    };
  "photos.getTags": {
      params: T.PhotosGetTagsParams;
      response: T.PhotosGetTagsResponse;
      variants: [];
      responses: { "response": T.PhotosGetTagsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.getUploadServer": {
      params: T.PhotosGetUploadServerParams;
      response: T.PhotosGetUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetUploadServerResponse };
      errors: ApiGlobalErrorCode | 703;
      tokens: "user";
    };
  "photos.getUserPhotos": {
      params: T.PhotosGetUserPhotosParams;
      response: T.PhotosGetUserPhotosResponse;
      variants: [];
      responses: { "response": T.PhotosGetUserPhotosResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.getWallUploadServer": {
      params: T.PhotosGetWallUploadServerParams;
      response: T.PhotosGetWallUploadServerResponse;
      variants: [];
      responses: { "response": T.PhotosGetWallUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.makeCover": {
      params: T.PhotosMakeCoverParams;
      response: T.PhotosMakeCoverResponse;
      variants: [];
      responses: { "response": T.PhotosMakeCoverResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.move": {
      params: T.PhotosMoveParams;
      response: T.PhotosMoveResponse;
      variants: [];
      responses: { "response": T.PhotosMoveResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.putTag": {
      params: T.PhotosPutTagParams;
      response: T.PhotosPutTagResponse;
      variants: [];
      responses: { "response": T.PhotosPutTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.removeTag": {
      params: T.PhotosRemoveTagParams;
      response: T.PhotosRemoveTagResponse;
      variants: [];
      responses: { "response": T.PhotosRemoveTagResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.reorderAlbums": {
      params: T.PhotosReorderAlbumsParams;
      response: T.PhotosReorderAlbumsResponse;
      variants: [];
      responses: { "response": T.PhotosReorderAlbumsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.reorderPhotos": {
      params: T.PhotosReorderPhotosParams;
      response: T.PhotosReorderPhotosResponse;
      variants: [];
      responses: { "response": T.PhotosReorderPhotosResponse };
      errors: ApiGlobalErrorCode | 122;
      tokens: "user";
    };
  "photos.report": {
      params: T.PhotosReportParams;
      response: T.PhotosReportResponse;
      variants: [];
      responses: { "response": T.PhotosReportResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.reportComment": {
      params: T.PhotosReportCommentParams;
      response: T.PhotosReportCommentResponse;
      variants: [];
      responses: { "response": T.PhotosReportCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.restore": {
      params: T.PhotosRestoreParams;
      response: T.PhotosRestoreResponse;
      variants: [];
      responses: { "response": T.PhotosRestoreResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.restoreComment": {
      params: T.PhotosRestoreCommentParams;
      response: T.PhotosRestoreCommentResponse;
      variants: [];
      responses: { "response": T.PhotosRestoreCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "photos.save": {
      params: T.PhotosSaveParams;
      response: T.PhotosSaveResponse;
      variants: [];
      responses: { "response": T.PhotosSaveResponse };
      errors: ApiGlobalErrorCode | 114 | 118 | 121 | 22;
      tokens: "user";
    };
  "photos.saveMarketAlbumPhoto": {
      params: T.PhotosSaveMarketAlbumPhotoParams;
      response: T.PhotosSaveMarketAlbumPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveMarketAlbumPhotoResponse };
      errors: ApiGlobalErrorCode | 121 | 129 | 1438;
      tokens: "user";
    };
  "photos.saveMessagesPhoto": {
      params: T.PhotosSaveMessagesPhotoParams;
      response: T.PhotosSaveMessagesPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveMessagesPhotoResponse };
      errors: ApiGlobalErrorCode | 114 | 118 | 121;
      tokens: "user" | "group";
    };
  "photos.saveOwnerCoverPhoto": {
      params: T.PhotosSaveOwnerCoverPhotoParams;
      response: T.PhotosSaveOwnerCoverPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveOwnerCoverPhotoResponse };
      errors: ApiGlobalErrorCode | 129 | 703;
      tokens: "user" | "group";
    };
  "photos.saveOwnerPhoto": {
      params: T.PhotosSaveOwnerPhotoParams;
      response: T.PhotosSaveOwnerPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveOwnerPhotoResponse };
      errors: ApiGlobalErrorCode | 129 | 703;
      tokens: "user";
    };
  "photos.saveWallPhoto": {
      params: T.PhotosSaveWallPhotoParams;
      response: T.PhotosSaveWallPhotoResponse;
      variants: [];
      responses: { "response": T.PhotosSaveWallPhotoResponse };
      errors: ApiGlobalErrorCode | 114 | 118 | 121 | 22;
      tokens: "user";
    };
  "photos.search": {
      params: T.PhotosSearchParams;
      response: T.PhotosSearchResponse;
      variants: [];
      responses: { "response": T.PhotosSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "podcasts.searchPodcast": {
      params: T.PodcastsSearchPodcastParams;
      response: T.PodcastsSearchPodcastResponse;
      variants: [];
      responses: { "response": T.PodcastsSearchPodcastResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "polls.addVote": {
      params: T.PollsAddVoteParams;
      response: T.PollsAddVoteResponse;
      variants: [];
      responses: { "response": T.PollsAddVoteResponse };
      errors: ApiGlobalErrorCode | 250 | 252 | 251;
      tokens: "user";
    };
  "polls.create": {
      params: T.PollsCreateParams;
      response: T.PollsCreateResponse;
      variants: [];
      responses: { "response": T.PollsCreateResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "polls.deleteVote": {
      params: T.PollsDeleteVoteParams;
      response: T.PollsDeleteVoteResponse;
      variants: [];
      responses: { "response": T.PollsDeleteVoteResponse };
      errors: ApiGlobalErrorCode | 250 | 252 | 251;
      tokens: "user";
    };
  "polls.edit": {
      params: T.PollsEditParams;
      response: T.PollsEditResponse;
      variants: [];
      responses: { "response": T.PollsEditResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "polls.getBackgrounds": {
      params: T.PollsGetBackgroundsParams;
      response: T.PollsGetBackgroundsResponse;
      variants: [];
      responses: { "response": T.PollsGetBackgroundsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "polls.getById": {
      params: T.PollsGetByIdParams;
      response: T.PollsGetByIdResponse;
      variants: [];
      responses: { "response": T.PollsGetByIdResponse };
      errors: ApiGlobalErrorCode | 250;
      tokens: "user";
    };
  "polls.getPhotoUploadServer": {
      params: T.PollsGetPhotoUploadServerParams;
      response: T.PollsGetPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.PollsGetPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "polls.getVoters": {
      params: T.PollsGetVotersParams;
      response: T.PollsGetVotersResponse;
      variants: [[{ "fields": {} }, T.PollsGetVotersFieldsResponse]];
      responses: { "response": T.PollsGetVotersResponse; "fieldsResponse": T.PollsGetVotersFieldsResponse };
      errors: ApiGlobalErrorCode | 250 | 252 | 251 | 253;
      tokens: "user";
    };
  "polls.savePhoto": {
      params: T.PollsSavePhotoParams;
      response: T.PollsSavePhotoResponse;
      variants: [];
      responses: { "response": T.PollsSavePhotoResponse };
      errors: ApiGlobalErrorCode | 129;
      tokens: "user";
    };
  "prettyCards.create": {
      params: T.PrettyCardsCreateParams;
      response: T.PrettyCardsCreateResponse;
      variants: [];
      responses: { "response": T.PrettyCardsCreateResponse };
      errors: ApiGlobalErrorCode | 1901;
      tokens: "user";
    };
  "prettyCards.delete": {
      params: T.PrettyCardsDeleteParams;
      response: T.PrettyCardsDeleteResponse;
      variants: [];
      responses: { "response": T.PrettyCardsDeleteResponse };
      errors: ApiGlobalErrorCode | 1900 | 1902;
      tokens: "user";
    };
  "prettyCards.edit": {
      params: T.PrettyCardsEditParams;
      response: T.PrettyCardsEditResponse;
      variants: [];
      responses: { "response": T.PrettyCardsEditResponse };
      errors: ApiGlobalErrorCode | 1900;
      tokens: "user";
    };
  "prettyCards.get": {
      params: T.PrettyCardsGetParams;
      response: T.PrettyCardsGetResponse;
      variants: [];
      responses: { "response": T.PrettyCardsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "prettyCards.getById": {
      params: T.PrettyCardsGetByIdParams;
      response: T.PrettyCardsGetByIdResponse;
      variants: [];
      responses: { "response": T.PrettyCardsGetByIdResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "prettyCards.getUploadURL": {
      params: T.PrettyCardsGetUploadURLParams;
      response: T.PrettyCardsGetUploadURLResponse;
      variants: [];
      responses: { "response": T.PrettyCardsGetUploadURLResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "search.getHints": {
      params: T.SearchGetHintsParams;
      response: T.SearchGetHintsResponse;
      variants: [];
      responses: { "response": T.SearchGetHintsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "secure.addAppEvent": {
      params: T.SecureAddAppEventParams;
      response: T.SecureAddAppEventResponse;
      variants: [];
      responses: { "response": T.SecureAddAppEventResponse };
      errors: ApiGlobalErrorCode | 1251;
      tokens: "service";
    };
  "secure.checkToken": {
      params: T.SecureCheckTokenParams;
      response: T.SecureCheckTokenResponse;
      variants: [];
      responses: { "response": T.SecureCheckTokenResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "secure.getAppBalance": {
      params: T.SecureGetAppBalanceParams;
      response: T.SecureGetAppBalanceResponse;
      variants: [];
      responses: { "response": T.SecureGetAppBalanceResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "secure.getSMSHistory": {
      params: T.SecureGetSMSHistoryParams;
      response: T.SecureGetSMSHistoryResponse;
      variants: [];
      responses: { "response": T.SecureGetSMSHistoryResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "secure.getTransactionsHistory": {
      params: T.SecureGetTransactionsHistoryParams;
      response: T.SecureGetTransactionsHistoryResponse;
      variants: [];
      responses: { "response": T.SecureGetTransactionsHistoryResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "secure.getUserLevel": {
      params: T.SecureGetUserLevelParams;
      response: T.SecureGetUserLevelResponse;
      variants: [];
      responses: { "response": T.SecureGetUserLevelResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "secure.giveEventSticker": {
      params: T.SecureGiveEventStickerParams;
      response: T.SecureGiveEventStickerResponse;
      variants: [];
      responses: { "response": T.SecureGiveEventStickerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "secure.sendNotification": {
      params: T.SecureSendNotificationParams;
      response: T.SecureSendNotificationResponse;
      variants: [];
      responses: { "response": T.SecureSendNotificationResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "secure.sendSMSNotification": {
      params: T.SecureSendSMSNotificationParams;
      response: T.SecureSendSMSNotificationResponse;
      variants: [];
      responses: { "response": T.SecureSendSMSNotificationResponse };
      errors: ApiGlobalErrorCode | 147 | 146;
      tokens: "service";
    };
  "secure.setCounter": {
      params: T.SecureSetCounterParams;
      response: T.SecureSetCounterResponseInteger | T.SecureSetCounterResponseArray;
      variants: [];
      responses: { "responseInteger": T.SecureSetCounterResponseInteger; "responseArray": T.SecureSetCounterResponseArray };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "stats.get": {
      params: T.StatsGetParams;
      response: T.StatsGetResponse;
      variants: [];
      responses: { "response": T.StatsGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "stats.getPostReach": {
      params: T.StatsGetPostReachParams;
      response: T.StatsGetPostReachResponse;
      variants: [];
      responses: { "response": T.StatsGetPostReachResponse };
      errors: ApiGlobalErrorCode | 210;
      tokens: "user";
    };
  "stats.trackVisitor": {
      params: T.StatsTrackVisitorParams;
      response: T.StatsTrackVisitorResponse;
      variants: [];
      responses: { "response": T.StatsTrackVisitorResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "status.get": {
      params: T.StatusGetParams;
      response: T.StatusGetResponse;
      variants: [];
      responses: { "response": T.StatusGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "status.set": {
      params: T.StatusSetParams;
      response: T.StatusSetResponse;
      variants: [];
      responses: { "response": T.StatusSetResponse };
      errors: ApiGlobalErrorCode | 221;
      tokens: "user";
    };
  "storage.get": {
      params: T.StorageGetParams;
      response: T.StorageGetResponse;
      variants: [];
      responses: { "response": T.StorageGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "storage.getKeys": {
      params: T.StorageGetKeysParams;
      response: T.StorageGetKeysResponse;
      variants: [];
      responses: { "response": T.StorageGetKeysResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "storage.set": {
      params: T.StorageSetParams;
      response: T.StorageSetResponse;
      variants: [];
      responses: { "response": T.StorageSetResponse };
      errors: ApiGlobalErrorCode | 103;
      tokens: "user" | "group" | "service";
    };
  "store.addStickersToFavorite": {
      params: T.StoreAddStickersToFavoriteParams;
      response: T.StoreAddStickersToFavoriteResponse;
      variants: [];
      responses: { "response": T.StoreAddStickersToFavoriteResponse };
      errors: ApiGlobalErrorCode | 2100 | 2101;
      tokens: "user";
    };
  "store.getFavoriteStickers": {
      params: T.StoreGetFavoriteStickersParams;
      response: T.StoreGetFavoriteStickersResponse;
      variants: [];
      responses: { "response": T.StoreGetFavoriteStickersResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "store.getProducts": {
      params: T.StoreGetProductsParams;
      response: T.StoreGetProductsResponse;
      variants: [];
      responses: { "response": T.StoreGetProductsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "store.getStickersKeywords": {
      params: T.StoreGetStickersKeywordsParams;
      response: T.StoreGetStickersKeywordsResponse;
      variants: [];
      responses: { "response": T.StoreGetStickersKeywordsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "store.removeStickersFromFavorite": {
      params: T.StoreRemoveStickersFromFavoriteParams;
      response: T.StoreRemoveStickersFromFavoriteResponse;
      variants: [];
      responses: { "response": T.StoreRemoveStickersFromFavoriteResponse };
      errors: ApiGlobalErrorCode | 2102;
      tokens: "user";
    };
  "stories.banOwner": {
      params: T.StoriesBanOwnerParams;
      response: T.StoriesBanOwnerResponse;
      variants: [];
      responses: { "response": T.StoriesBanOwnerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "stories.delete": {
      params: T.StoriesDeleteParams;
      response: T.StoriesDeleteResponse;
      variants: [];
      responses: { "response": T.StoriesDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "stories.get": {
      params: T.StoriesGetParams;
      response: T.StoriesGetResponse;
      variants: [];
      responses: { "response": T.StoriesGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "stories.getBanned": {
      params: T.StoriesGetBannedParams;
      response: T.StoriesGetBannedResponse;
      variants: [[{ "extended": 1 | true }, T.StoriesGetBannedExtendedResponse]];
      responses: { "response": T.StoriesGetBannedResponse; "extendedResponse": T.StoriesGetBannedExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "stories.getById": {
      params: T.StoriesGetByIdParams;
      response: T.StoriesGetByIdResponse;
      variants: [];
      responses: { "response": T.StoriesGetByIdResponse };
      errors: ApiGlobalErrorCode | 1600;
      tokens: "user" | "group";
    };
  "stories.getDetailedStats": {
      params: T.StoriesGetDetailedStatsParams;
      response: T.StoriesGetDetailedStatsResponse;
      variants: [];
      responses: { "response": T.StoriesGetDetailedStatsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "stories.getPhotoUploadServer": {
      params: T.StoriesGetPhotoUploadServerParams;
      response: T.StoriesGetPhotoUploadServerResponse;
      variants: [];
      responses: { "response": T.StoriesGetPhotoUploadServerResponse };
      errors: ApiGlobalErrorCode | 900 | 1602 | 19;
      tokens: "user" | "group";
    };
  "stories.getReplies": {
      params: T.StoriesGetRepliesParams;
      response: T.StoriesGetRepliesResponse;
      variants: [];
      responses: { "response": T.StoriesGetRepliesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "stories.getStats": {
      params: T.StoriesGetStatsParams;
      response: T.StoriesGetStatsResponse;
      variants: [];
      responses: { "response": T.StoriesGetStatsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "stories.getVideoUploadServer": {
      params: T.StoriesGetVideoUploadServerParams;
      response: T.StoriesGetVideoUploadServerResponse;
      variants: [];
      responses: { "response": T.StoriesGetVideoUploadServerResponse };
      errors: ApiGlobalErrorCode | 900 | 1602 | 19;
      tokens: "user" | "group";
    };
  "stories.getViewers": {
      params: T.StoriesGetViewersParams;
      response: T.StoriesGetViewersResponse;
      variants: [];
      responses: { "response": T.StoriesGetViewersResponse };
      errors: ApiGlobalErrorCode | 1600;
      tokens: "user" | "group";
    };
  "stories.hideAllReplies": {
      params: T.StoriesHideAllRepliesParams;
      response: T.StoriesHideAllRepliesResponse;
      variants: [];
      responses: { "response": T.StoriesHideAllRepliesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "stories.hideReply": {
      params: T.StoriesHideReplyParams;
      response: T.StoriesHideReplyResponse;
      variants: [];
      responses: { "response": T.StoriesHideReplyResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "stories.save": {
      params: T.StoriesSaveParams;
      response: T.StoriesSaveResponse;
      variants: [];
      responses: { "response": T.StoriesSaveResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "stories.search": {
      params: T.StoriesSearchParams;
      response: T.StoriesSearchResponse;
      variants: [];
      responses: { "response": T.StoriesSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "stories.sendInteraction": {
      params: T.StoriesSendInteractionParams;
      response: T.StoriesSendInteractionResponse;
      variants: [];
      responses: { "response": T.StoriesSendInteractionResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "stories.unbanOwner": {
      params: T.StoriesUnbanOwnerParams;
      response: T.StoriesUnbanOwnerResponse;
      variants: [];
      responses: { "response": T.StoriesUnbanOwnerResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "streaming.getServerUrl": {
      params: T.StreamingGetServerUrlParams;
      response: T.StreamingGetServerUrlResponse;
      variants: [];
      responses: { "response": T.StreamingGetServerUrlResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "streaming.getStats": {
      params: T.StreamingGetStatsParams;
      response: T.StreamingGetStatsResponse;
      variants: [];
      responses: { "response": T.StreamingGetStatsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "streaming.getStem": {
      params: T.StreamingGetStemParams;
      response: T.StreamingGetStemResponse;
      variants: [];
      responses: { "response": T.StreamingGetStemResponse };
      errors: ApiGlobalErrorCode;
      tokens: "service";
    };
  "translations.translate": {
      params: T.TranslationsTranslateParams;
      response: T.TranslationsTranslateResponse;
      variants: [];
      responses: { "response": T.TranslationsTranslateResponse };
      errors: ApiGlobalErrorCode | 11101 | 11102;
      tokens: "user" | "service";
    };
  "users.get": {
      params: T.UsersGetParams;
      response: T.UsersGetResponse;
      variants: [];
      responses: { "response": T.UsersGetResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "users.getFollowers": {
      params: T.UsersGetFollowersParams;
      response: T.UsersGetFollowersResponse;
      variants: [[{ "fields": {} }, T.UsersGetFollowersFieldsResponse]];
      responses: { "response": T.UsersGetFollowersResponse; "fieldsResponse": T.UsersGetFollowersFieldsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "users.getSubscriptions": {
      params: T.UsersGetSubscriptionsParams;
      response: T.UsersGetSubscriptionsResponse;
      variants: [[{ "extended": 1 | true }, T.UsersGetSubscriptionsExtendedResponse]];
      responses: { "response": T.UsersGetSubscriptionsResponse; "extendedResponse": T.UsersGetSubscriptionsExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "users.report": {
      params: T.UsersReportParams;
      response: T.UsersReportResponse;
      variants: [];
      responses: { "response": T.UsersReportResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "users.search": {
      params: T.UsersSearchParams;
      response: T.UsersSearchResponse;
      variants: [];
      responses: { "response": T.UsersSearchResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "utils.checkLink": {
      params: T.UtilsCheckLinkParams;
      response: T.UtilsCheckLinkResponse;
      variants: [];
      responses: { "response": T.UtilsCheckLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "utils.deleteFromLastShortened": {
      params: T.UtilsDeleteFromLastShortenedParams;
      response: T.UtilsDeleteFromLastShortenedResponse;
      variants: [];
      responses: { "response": T.UtilsDeleteFromLastShortenedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "utils.getLastShortenedLinks": {
      params: T.UtilsGetLastShortenedLinksParams;
      response: T.UtilsGetLastShortenedLinksResponse;
      variants: [];
      responses: { "response": T.UtilsGetLastShortenedLinksResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "utils.getLinkStats": {
      params: T.UtilsGetLinkStatsParams;
      response: T.UtilsGetLinkStatsResponse;
      variants: [[{ "extended": 1 | true }, T.UtilsGetLinkStatsExtendedResponse]];
      responses: { "response": T.UtilsGetLinkStatsResponse; "extendedResponse": T.UtilsGetLinkStatsExtendedResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group" | "service";
    };
  "utils.getServerTime": {
      params: T.UtilsGetServerTimeParams;
      response: T.UtilsGetServerTimeResponse;
      variants: [];
      responses: { "response": T.UtilsGetServerTimeResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "utils.getShortLink": {
      params: T.UtilsGetShortLinkParams;
      response: T.UtilsGetShortLinkResponse;
      variants: [];
      responses: { "response": T.UtilsGetShortLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group" | "service";
    };
  "utils.resolveScreenName": {
      params: T.UtilsResolveScreenNameParams;
      response: T.UtilsResolveScreenNameResponse;
      variants: [];
      responses: { "response": T.UtilsResolveScreenNameResponse };
      errors: ApiGlobalErrorCode | 104;
      tokens: "user" | "group" | "service";
    };
  "video.add": {
      params: T.VideoAddParams;
      response: T.VideoAddResponse;
      variants: [];
      responses: { "response": T.VideoAddResponse };
      errors: ApiGlobalErrorCode | 204 | 800;
      tokens: "user";
    };
  "video.addAlbum": {
      params: T.VideoAddAlbumParams;
      response: T.VideoAddAlbumResponse;
      variants: [];
      responses: { "response": T.VideoAddAlbumResponse };
      errors: ApiGlobalErrorCode | 204 | 302;
      tokens: "user";
    };
  "video.addToAlbum": {
      params: T.VideoAddToAlbumParams;
      response: T.VideoAddToAlbumResponse;
      variants: [[{ "album_ids": {} }, T.VideoAddToAlbumMultiResponse]];
      responses: { "response": T.VideoAddToAlbumResponse; "multiResponse": T.VideoAddToAlbumMultiResponse };
      errors: ApiGlobalErrorCode | 204 | 800;
      tokens: "user";
    };
  "video.createComment": {
      params: T.VideoCreateCommentParams;
      response: T.VideoCreateCommentResponse;
      variants: [];
      responses: { "response": T.VideoCreateCommentResponse };
      errors: ApiGlobalErrorCode | 801;
      tokens: "user";
    };
  "video.delete": {
      params: T.VideoDeleteParams;
      response: T.VideoDeleteResponse;
      variants: [];
      responses: { "response": T.VideoDeleteResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.deleteAlbum": {
      params: T.VideoDeleteAlbumParams;
      response: T.VideoDeleteAlbumResponse;
      variants: [];
      responses: { "response": T.VideoDeleteAlbumResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  "video.deleteComment": {
      params: T.VideoDeleteCommentParams;
      response: T.VideoDeleteCommentResponse;
      variants: [];
      responses: { "response": T.VideoDeleteCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.edit": {
      params: T.VideoEditParams;
      response: T.VideoEditResponse;
      variants: [];
      responses: { "response": T.VideoEditResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.editAlbum": {
      params: T.VideoEditAlbumParams;
      response: T.VideoEditAlbumResponse;
      variants: [];
      responses: { "response": T.VideoEditAlbumResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  "video.editComment": {
      params: T.VideoEditCommentParams;
      response: T.VideoEditCommentResponse;
      variants: [];
      responses: { "response": T.VideoEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.get": {
      params: T.VideoGetParams;
      response: T.VideoGetResponse;
      variants: [];
      responses: { "response": T.VideoGetResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  "video.getAlbumById": {
      params: T.VideoGetAlbumByIdParams;
      response: T.VideoGetAlbumByIdResponse;
      variants: [];
      responses: { "response": T.VideoGetAlbumByIdResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  "video.getAlbums": {
      params: T.VideoGetAlbumsParams;
      response: T.VideoGetAlbumsResponse;
      variants: [[{ "extended": 1 | true }, T.VideoGetAlbumsExtendedResponse]];
      responses: { "response": T.VideoGetAlbumsResponse; "extendedResponse": T.VideoGetAlbumsExtendedResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  "video.getAlbumsByVideo": {
      params: T.VideoGetAlbumsByVideoParams;
      response: T.VideoGetAlbumsByVideoResponse;
      variants: [[{ "extended": 1 | true }, T.VideoGetAlbumsByVideoExtendedResponse]];
      responses: { "response": T.VideoGetAlbumsByVideoResponse; "extendedResponse": T.VideoGetAlbumsByVideoExtendedResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  "video.getComments": {
      params: T.VideoGetCommentsParams;
      response: T.VideoGetCommentsResponse;
      variants: [[{ "extended": 1 | true }, T.VideoGetCommentsExtendedResponse]];
      responses: { "response": T.VideoGetCommentsResponse; "extendedResponse": T.VideoGetCommentsExtendedResponse };
      errors: ApiGlobalErrorCode | 801;
      tokens: "user";
    };
  "video.getLongPollServer": {
      params: T.VideoGetLongPollServerParams;
      response: T.VideoGetLongPollServerResponse;
      variants: [];
      responses: { "response": T.VideoGetLongPollServerResponse };
      errors: ApiGlobalErrorCode | 32;
      tokens: "user";
    };
  "video.getThumbUploadUrl": {
      params: T.VideoGetThumbUploadUrlParams;
      response: T.VideoGetThumbUploadUrlResponse;
      variants: [];
      responses: { "response": T.VideoGetThumbUploadUrlResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.liveGetCategories": {
      params: T.VideoLiveGetCategoriesParams;
      response: T.VideoLiveGetCategoriesResponse;
      variants: [];
      responses: { "response": T.VideoLiveGetCategoriesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.removeFromAlbum": {
      params: T.VideoRemoveFromAlbumParams;
      response: T.VideoRemoveFromAlbumResponse;
      variants: [[{ "album_ids": {} }, T.VideoRemoveFromAlbumMultiResponse]];
      responses: { "response": T.VideoRemoveFromAlbumResponse; "multiResponse": T.VideoRemoveFromAlbumMultiResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  "video.reorderAlbums": {
      params: T.VideoReorderAlbumsParams;
      response: T.VideoReorderAlbumsResponse;
      variants: [];
      responses: { "response": T.VideoReorderAlbumsResponse };
      errors: ApiGlobalErrorCode | 204 | 104;
      tokens: "user";
    };
  "video.reorderVideos": {
      params: T.VideoReorderVideosParams;
      response: T.VideoReorderVideosResponse;
      variants: [];
      responses: { "response": T.VideoReorderVideosResponse };
      errors: ApiGlobalErrorCode | 204;
      tokens: "user";
    };
  "video.report": {
      params: T.VideoReportParams;
      response: T.VideoReportResponse;
      variants: [];
      responses: { "response": T.VideoReportResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.reportComment": {
      params: T.VideoReportCommentParams;
      response: T.VideoReportCommentResponse;
      variants: [];
      responses: { "response": T.VideoReportCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.restore": {
      params: T.VideoRestoreParams;
      response: T.VideoRestoreResponse;
      variants: [];
      responses: { "response": T.VideoRestoreResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.restoreComment": {
      params: T.VideoRestoreCommentParams;
      response: T.VideoRestoreCommentResponse;
      variants: [];
      responses: { "response": T.VideoRestoreCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.save": {
      params: T.VideoSaveParams;
      response: T.VideoSaveResponse;
      variants: [];
      responses: { "response": T.VideoSaveResponse };
      errors: ApiGlobalErrorCode | 204 | 214 | 219 | 22 | 704;
      tokens: "user";
    };
  "video.saveUploadedThumb": {
      params: T.VideoSaveUploadedThumbParams;
      response: T.VideoSaveUploadedThumbResponse;
      variants: [];
      responses: { "response": T.VideoSaveUploadedThumbResponse };
      errors: ApiGlobalErrorCode | 129;
      tokens: "user";
    };
  "video.search": {
      params: T.VideoSearchParams;
      response: T.VideoSearchResponse;
      variants: [[{ "extended": 1 | true }, T.VideoSearchExtendedResponse]];
      responses: { "response": T.VideoSearchResponse; "extendedResponse": T.VideoSearchExtendedResponse };
      errors: ApiGlobalErrorCode | 106;
      tokens: "user";
    };
  "video.startStreaming": {
      params: T.VideoStartStreamingParams;
      response: T.VideoStartStreamingResponse;
      variants: [];
      responses: { "response": T.VideoStartStreamingResponse };
      errors: ApiGlobalErrorCode | 204 | 214 | 219;
      tokens: "user";
    };
  "video.stopStreaming": {
      params: T.VideoStopStreamingParams;
      response: T.VideoStopStreamingResponse;
      variants: [];
      responses: { "response": T.VideoStopStreamingResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "video.unpinComment": {
      params: T.VideoUnpinCommentParams;
      response: T.VideoUnpinCommentResponse;
      variants: [];
      responses: { "response": T.VideoUnpinCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "wall.checkCopyrightLink": {
      params: T.WallCheckCopyrightLinkParams;
      response: T.WallCheckCopyrightLinkResponse;
      variants: [];
      responses: { "response": T.WallCheckCopyrightLinkResponse };
      errors: ApiGlobalErrorCode | 3102;
      tokens: "user";
    };
  "wall.closeComments": {
      params: T.WallCloseCommentsParams;
      response: T.WallCloseCommentsResponse;
      variants: [];
      responses: { "response": T.WallCloseCommentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "wall.createComment": {
      params: T.WallCreateCommentParams;
      response: T.WallCreateCommentResponse;
      variants: [];
      responses: { "response": T.WallCreateCommentResponse };
      errors: ApiGlobalErrorCode | 213 | 223 | 222 | 212;
      tokens: "user" | "group";
    };
  "wall.delete": {
      params: T.WallDeleteParams;
      response: T.WallDeleteResponse;
      variants: [];
      responses: { "response": T.WallDeleteResponse };
      errors: ApiGlobalErrorCode | 210 | 703 | 104;
      tokens: "user";
    };
  "wall.deleteComment": {
      params: T.WallDeleteCommentParams;
      response: T.WallDeleteCommentResponse;
      variants: [];
      responses: { "response": T.WallDeleteCommentResponse };
      errors: ApiGlobalErrorCode | 211 | 104;
      tokens: "user";
    };
  "wall.edit": {
      params: T.WallEditParams;
      response: T.WallEditResponse;
      variants: [];
      responses: { "response": T.WallEditResponse };
      errors: ApiGlobalErrorCode | 224 | 225;
      tokens: "user";
    };
  "wall.editAdsStealth": {
      params: T.WallEditAdsStealthParams;
      response: T.WallEditAdsStealthResponse;
      variants: [];
      responses: { "response": T.WallEditAdsStealthResponse };
      errors: ApiGlobalErrorCode | 224;
      tokens: "user";
    };
  "wall.editComment": {
      params: T.WallEditCommentParams;
      response: T.WallEditCommentResponse;
      variants: [];
      responses: { "response": T.WallEditCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "wall.get": {
      params: T.WallGetParams;
      response: T.WallGetResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetExtendedResponse]];
      responses: { "response": T.WallGetResponse; "extendedResponse": T.WallGetExtendedResponse };
      errors: ApiGlobalErrorCode | 19;
      tokens: "user" | "service";
    };
  "wall.getById": {
      params: T.WallGetByIdParams;
      response: T.WallGetByIdResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetByIdExtendedResponse]];
      responses: { "response": T.WallGetByIdResponse; "extendedResponse": T.WallGetByIdExtendedResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "wall.getComment": {
      params: T.WallGetCommentParams;
      response: T.WallGetCommentResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetCommentExtendedResponse]];
      responses: { "response": T.WallGetCommentResponse; "extendedResponse": T.WallGetCommentExtendedResponse };
      errors: ApiGlobalErrorCode | 212;
      tokens: "user";
    };
  "wall.getComments": {
      params: T.WallGetCommentsParams;
      response: T.WallGetCommentsResponse;
      variants: [[{ "extended": 1 | true }, T.WallGetCommentsExtendedResponse]];
      responses: { "response": T.WallGetCommentsResponse; "extendedResponse": T.WallGetCommentsExtendedResponse };
      errors: ApiGlobalErrorCode | 212;
      tokens: "user" | "service";
    };
  "wall.getReposts": {
      params: T.WallGetRepostsParams;
      response: T.WallGetRepostsResponse;
      variants: [];
      responses: { "response": T.WallGetRepostsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "wall.openComments": {
      params: T.WallOpenCommentsParams;
      response: T.WallOpenCommentsResponse;
      variants: [];
      responses: { "response": T.WallOpenCommentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "group";
    };
  "wall.parseAttachedLink": {
      params: T.WallParseAttachedLinkParams;
      response: T.WallParseAttachedLinkResponse;
      variants: [];
      responses: { "response": T.WallParseAttachedLinkResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "wall.pin": {
      params: T.WallPinParams;
      response: T.WallPinResponse;
      variants: [];
      responses: { "response": T.WallPinResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "wall.post": {
      params: T.WallPostParams;
      response: T.WallPostResponse;
      variants: [];
      responses: { "response": T.WallPostResponse };
      errors: ApiGlobalErrorCode | 219 | 214 | 220 | 222 | 224 | 225;
      tokens: "user";
    };
  "wall.postAdsStealth": {
      params: T.WallPostAdsStealthParams;
      response: T.WallPostAdsStealthResponse;
      variants: [];
      responses: { "response": T.WallPostAdsStealthResponse };
      errors: ApiGlobalErrorCode | 219 | 214 | 220 | 222;
      tokens: "user";
    };
  "wall.reportComment": {
      params: T.WallReportCommentParams;
      response: T.WallReportCommentResponse;
      variants: [];
      responses: { "response": T.WallReportCommentResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "wall.reportPost": {
      params: T.WallReportPostParams;
      response: T.WallReportPostResponse;
      variants: [];
      responses: { "response": T.WallReportPostResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "wall.repost": {
      params: T.WallRepostParams;
      response: T.WallRepostResponse;
      variants: [];
      responses: { "response": T.WallRepostResponse };
      errors: ApiGlobalErrorCode | 219 | 214 | 224;
      tokens: "user";
    };
  "wall.restore": {
      params: T.WallRestoreParams;
      response: T.WallRestoreResponse;
      variants: [];
      responses: { "response": T.WallRestoreResponse };
      errors: ApiGlobalErrorCode | 210 | 214;
      tokens: "user";
    };
  "wall.restoreComment": {
      params: T.WallRestoreCommentParams;
      response: T.WallRestoreCommentResponse;
      variants: [];
      responses: { "response": T.WallRestoreCommentResponse };
      errors: ApiGlobalErrorCode | 211 | 104 | 243;
      tokens: "user";
    };
  "wall.search": {
      params: T.WallSearchParams;
      response: T.WallSearchResponse;
      variants: [[{ "extended": 1 | true }, T.WallSearchExtendedResponse]];
      responses: { "response": T.WallSearchResponse; "extendedResponse": T.WallSearchExtendedResponse };
      errors: ApiGlobalErrorCode | 210;
      tokens: "user" | "service";
    };
  "wall.unpin": {
      params: T.WallUnpinParams;
      response: T.WallUnpinResponse;
      variants: [];
      responses: { "response": T.WallUnpinResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user";
    };
  "widgets.getComments": {
      params: T.WidgetsGetCommentsParams;
      response: T.WidgetsGetCommentsResponse;
      variants: [];
      responses: { "response": T.WidgetsGetCommentsResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
  "widgets.getPages": {
      params: T.WidgetsGetPagesParams;
      response: T.WidgetsGetPagesResponse;
      variants: [];
      responses: { "response": T.WidgetsGetPagesResponse };
      errors: ApiGlobalErrorCode;
      tokens: "user" | "service";
    };
}

/** Name of any VK API method. */
export type ApiMethodName = keyof ApiMethods;
/** Method namespaces (`groups`, `messages`, …), derived from the method names. */
export type ApiNamespaceName = "account" | "ads" | "appWidgets" | "apps" | "auth" | "board" | "bugtracker" | "calls" | "database" | "docs" | "donut" | "downloadedGames" | "fave" | "friends" | "gifts" | "groups" | "leadForms" | "likes" | "market" | "messages" | "newsfeed" | "notes" | "notifications" | "orders" | "pages" | "photos" | "podcasts" | "polls" | "prettyCards" | "search" | "secure" | "stats" | "status" | "storage" | "store" | "stories" | "streaming" | "translations" | "users" | "utils" | "video" | "wall" | "widgets";
