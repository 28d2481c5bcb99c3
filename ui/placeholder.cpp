namespace VenueMap::Ui { }
